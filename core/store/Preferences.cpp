#include "store/Preferences.h"

#include "store/PreferenceRow.h"

namespace stepstone {

namespace {

constexpr char kHighCravingLevel[] = "high-craving-level";
constexpr char kLapseCounterHidden[] = "lapse-counter-hidden";
constexpr char kCheckInTime[] = "check-in-minute-of-day";
constexpr char kCalendarKeptUpdated[] = "calendar-kept-updated";
constexpr char kCalendarDetailed[] = "calendar-detailed";

} // namespace

Preferences::Preferences(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db) {}

Result<int, StoreError> Preferences::highCravingLevel() const {
    auto stored = read(kHighCravingLevel);
    if (!stored)
        return fail(stored.error());
    if (*stored && **stored >= kMinHighCravingLevel && **stored <= kMaxHighCravingLevel)
        return int(**stored);
    return kDefaultHighCravingLevel;
}

Result<void, StoreError> Preferences::setHighCravingLevel(int level) {
    if (level < kMinHighCravingLevel || level > kMaxHighCravingLevel)
        return fail(StoreError{StoreErrorKind::InvalidInput,
                               QStringLiteral("high-craving level outside 0-10")});
    return write(kHighCravingLevel, level);
}

Result<bool, StoreError> Preferences::lapseCounterHidden() const {
    return readFlag(kLapseCounterHidden);
}

Result<void, StoreError> Preferences::setLapseCounterHidden(bool hidden) {
    return write(kLapseCounterHidden, hidden ? 1 : 0);
}

Result<QTime, StoreError> Preferences::checkInTime() const {
    auto stored = read(kCheckInTime);
    if (!stored)
        return fail(stored.error());
    if (*stored && **stored >= 0 && **stored < qint64{24} * 60)
        return QTime(int(**stored / 60), int(**stored % 60));
    return QTime(kDefaultCheckInMinute / 60, kDefaultCheckInMinute % 60);
}

Result<void, StoreError> Preferences::setCheckInTime(const QTime& time) {
    if (!time.isValid())
        return fail(StoreError{StoreErrorKind::InvalidInput, QStringLiteral("not a time")});
    return write(kCheckInTime, qint64(time.hour()) * 60 + time.minute());
}

Result<bool, StoreError> Preferences::calendarKeptUpdated() const {
    return readFlag(kCalendarKeptUpdated);
}

Result<void, StoreError> Preferences::setCalendarKeptUpdated(bool kept) {
    return write(kCalendarKeptUpdated, kept ? 1 : 0);
}

Result<bool, StoreError> Preferences::calendarDetailed() const {
    return readFlag(kCalendarDetailed);
}

Result<void, StoreError> Preferences::setCalendarDetailed(bool detailed) {
    return write(kCalendarDetailed, detailed ? 1 : 0);
}

Result<bool, StoreError> Preferences::readFlag(const char* name) const {
    auto stored = read(name);
    if (!stored)
        return fail(stored.error());
    return *stored && **stored != 0;
}

Result<std::optional<qint64>, StoreError> Preferences::read(const char* name) const {
    return readPreferenceNumber(m_db, name);
}

Result<void, StoreError> Preferences::write(const char* name, qint64 value) {
    if (auto written = writePreference(m_db, name, value); !written)
        return written;
    Q_EMIT changed();
    return {};
}

} // namespace stepstone
