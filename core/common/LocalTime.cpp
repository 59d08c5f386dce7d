#include "common/LocalTime.h"

#include <chrono>
#include <cstdlib>
#include <optional>

#ifdef Q_OS_UNIX
#include <ctime>
#include <mutex>
#include <string>
#endif

namespace stepstone {

namespace {

constexpr int kMaxOffsetSeconds = 14 * 3600;
constexpr qint64 kMsecsPerSecond = 1000;

ClockReading readThroughQt(qint64 utcMs) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::LocalTime);
    // The offset from the clock's fields: asking the QDateTime would convert back again.
    const qint64 fieldsMs = QDateTime(local.date(), local.time(), Qt::UTC).toMSecsSinceEpoch();
    return {local.date(), local.time(), int((fieldsMs - utcMs) / kMsecsPerSecond)};
}

#ifdef Q_OS_UNIX
// Qt's local-time conversions call tzset() each time, and with TZ unset glibc then stats
// /etc/localtime on every call. Here the zone is loaded again only when TZ changes or a second
// has passed since the last load (a zone changed by the system shows within that second), and
// localtime_r reads the clock with the zone as loaded.
void loadZoneWhenStale() {
    constexpr auto kZoneFileRecheck = std::chrono::seconds(1);
    static std::mutex mutex;
    static std::optional<std::chrono::steady_clock::time_point> loadedAt;
    static std::optional<std::string> loadedTz;
    const std::lock_guard lock(mutex);
    const char* tz = std::getenv("TZ");
    const std::optional<std::string> currentTz = tz ? std::optional<std::string>(tz) : std::nullopt;
    const auto now = std::chrono::steady_clock::now();
    if (loadedAt && currentTz == loadedTz && now - *loadedAt < kZoneFileRecheck)
        return;
    tzset();
    loadedAt = now;
    loadedTz = currentTz;
}

std::optional<ClockReading> readThroughLibc(qint64 utcMs) {
    const qint64 seconds =
        utcMs >= 0 ? utcMs / kMsecsPerSecond : -((-utcMs + kMsecsPerSecond - 1) / kMsecsPerSecond);
    const auto millis = int(utcMs - seconds * kMsecsPerSecond);
    loadZoneWhenStale();
    const auto when = std::time_t(seconds);
    std::tm fields{};
    if (!localtime_r(&when, &fields))
        return std::nullopt;
    const QDate date(fields.tm_year + 1900, fields.tm_mon + 1, fields.tm_mday);
    const QTime time(fields.tm_hour, fields.tm_min, fields.tm_sec, millis);
    if (!date.isValid() || !time.isValid()) // a leap second, in the zones that count them
        return std::nullopt;
    return ClockReading{date, time, int(fields.tm_gmtoff)};
}
#endif

} // namespace

bool isKeepableUtcOffset(int offsetSeconds) {
    return offsetSeconds % 60 == 0 && std::abs(offsetSeconds) <= kMaxOffsetSeconds;
}

ClockReading readDeviceClock(qint64 utcMs) {
#ifdef Q_OS_UNIX
    if (const auto reading = readThroughLibc(utcMs))
        return *reading;
#endif
    return readThroughQt(utcMs);
}

QDateTime withLocalOffset(const QDateTime& instant) {
    if (!instant.isValid())
        return instant;
    const int offset = readDeviceClock(instant.toMSecsSinceEpoch()).offsetSeconds;
    return instant.toOffsetFromUtc(isKeepableUtcOffset(offset) ? offset : 0);
}

QDateTime asLived(const QDateTime& moment) {
    return moment.timeSpec() == Qt::UTC ? moment.toLocalTime() : moment;
}

} // namespace stepstone
