#include "store/CheckInStore.h"

#include "common/LocalTime.h"
#include "store/Outbox.h"
#include "store/StoredMoment.h"

namespace stepstone {

namespace {

constexpr char kInsert[] = R"sql(
INSERT INTO check_in (id, day, mood, craving, sleep_minutes, used_today, note, answered_at,
                      answered_offset_s, created_at, created_offset_s)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?9))sql";

constexpr char kUpdate[] = R"sql(
UPDATE check_in
SET mood = ?3, craving = ?4, sleep_minutes = ?5, used_today = ?6, note = ?7, answered_at = ?8,
    answered_offset_s = ?9
WHERE id = ?1 AND day = ?2 AND deleted_at IS NULL)sql";

#define SELECT_CHECK_IN                                                                            \
    "SELECT id, day, mood, craving, sleep_minutes, used_today, note, answered_at, "                \
    "answered_offset_s, created_at, created_offset_s FROM check_in "

constexpr char kSelectDay[] = SELECT_CHECK_IN "WHERE day = ?1 AND deleted_at IS NULL";
constexpr char kSelectOne[] = SELECT_CHECK_IN "WHERE id = ?1";
constexpr char kSelectRecent[] =
    SELECT_CHECK_IN "WHERE deleted_at IS NULL ORDER BY day DESC LIMIT ?1";

#undef SELECT_CHECK_IN

QString dayText(const QDate& day) {
    return day.toString(Qt::ISODate);
}

Result<CheckIn, StoreError> readRow(const Statement& row) {
    CheckIn checkIn;
    checkIn.id = QUuid::fromString(row.text(0));
    checkIn.day = QDate::fromString(row.text(1), Qt::ISODate);
    if (checkIn.id.isNull() || !checkIn.day.isValid())
        return fail(StoreError{StoreErrorKind::Corrupt, QStringLiteral("check-in row unreadable")});
    checkIn.answers.mood = int(row.integer(2));
    checkIn.answers.craving = int(row.integer(3));
    if (!row.isNull(4))
        checkIn.answers.sleepMinutes = int(row.integer(4));
    checkIn.answers.usedToday = row.integer(5) != 0;
    checkIn.answers.note = row.text(6);
    checkIn.answeredAt = storedMoment(row.integer(7), int(row.integer(8)));
    checkIn.createdAt = storedMoment(row.integer(9), int(row.integer(10)));
    return checkIn;
}

} // namespace

CheckInStore::CheckInStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<CheckIn, StoreError> CheckInStore::saveToday(const CheckInAnswers& answers) {
    if (!answers.isValid())
        return fail(
            StoreError{StoreErrorKind::InvalidInput, QStringLiteral("check-in out of range")});
    const QDateTime now = localNow(m_clock);
    const QDate day = now.date();
    QUuid id;
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto existing = forDay(day);
        if (!existing && existing.error().kind != StoreErrorKind::NotFound)
            return fail(existing.error());
        id = existing ? existing->id : QUuid::createUuid();
        auto write = m_db.prepared(existing ? kUpdate : kInsert);
        if (!write)
            return fail(write.error());
        (*write)
            ->bind(1, idText(id))
            .bind(2, dayText(day))
            .bind(3, answers.mood)
            .bind(4, answers.craving)
            .bind(5, answers.sleepMinutes ? std::optional<qint64>(*answers.sleepMinutes)
                                          : std::nullopt)
            .bind(6, answers.usedToday ? 1 : 0)
            .bind(7, answers.note)
            .bind(8, millis(now))
            .bind(9, offsetToKeep(now));
        if (auto ran = (*write)->run(); !ran)
            return ran;
        return Outbox(m_db).enqueueForEveryAccount(QString::fromLatin1(kRecordType), idText(id),
                                                   millis(now));
    });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return find(id);
}

Result<CheckIn, StoreError> CheckInStore::today() const {
    return forDay(localNow(m_clock).date());
}

Result<CheckIn, StoreError> CheckInStore::forDay(const QDate& day) const {
    auto select = m_db.prepared(kSelectDay);
    if (!select)
        return fail(select.error());
    return (*select)->bind(1, dayText(day)).readOne(readRow, "no check-in that day");
}

Result<CheckIn, StoreError> CheckInStore::find(const QUuid& id) const {
    auto select = m_db.prepared(kSelectOne);
    if (!select)
        return fail(select.error());
    return (*select)->bind(1, idText(id)).readOne(readRow, "no such check-in");
}

Result<std::vector<CheckIn>, StoreError> CheckInStore::recent(int limit) const {
    auto select = m_db.prepared(kSelectRecent);
    if (!select)
        return fail(select.error());
    std::vector<CheckIn> checkIns;
    std::optional<StoreError> unreadable;
    auto read = (*select)->bind(1, limit).forEachRow([&](const Statement& row) {
        auto checkIn = readRow(row);
        if (checkIn)
            checkIns.push_back(std::move(*checkIn));
        else if (!unreadable)
            unreadable = checkIn.error();
    });
    if (!read)
        return fail(read.error());
    if (unreadable)
        return fail(*unreadable);
    return checkIns;
}

} // namespace stepstone
