#include "store/LapseStore.h"

#include "common/LocalTime.h"
#include "store/Outbox.h"
#include "store/StoredMoment.h"
#include "store/Tombstone.h"

namespace stepstone {

namespace {

constexpr char kInsert[] = R"sql(
INSERT INTO lapse (id, occurred_at, occurred_offset_s, what_happened, next_time, created_at,
                   created_offset_s, updated_at, updated_offset_s)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6, ?7))sql";

constexpr char kUpdate[] = R"sql(
UPDATE lapse SET occurred_at = ?2, occurred_offset_s = ?3, what_happened = ?4, next_time = ?5,
                 updated_at = ?6, updated_offset_s = ?7
WHERE id = ?1 AND deleted_at IS NULL)sql";

// An undo: the tombstone lives again, with the words the client had kept.
constexpr char kRestore[] = R"sql(
UPDATE lapse SET occurred_at = ?2, occurred_offset_s = ?3, what_happened = ?4, next_time = ?5,
                 updated_at = ?6, updated_offset_s = ?7, deleted_at = NULL
WHERE id = ?1 AND deleted_at IS NOT NULL)sql";

constexpr char kTombstone[] = R"sql(
UPDATE lapse SET what_happened = '', next_time = '', updated_at = ?2, updated_offset_s = ?3,
                 deleted_at = ?2
WHERE id = ?1 AND deleted_at IS NULL)sql";

#define SELECT_LAPSE                                                                               \
    "SELECT id, occurred_at, occurred_offset_s, what_happened, next_time, created_at, "            \
    "created_offset_s, updated_at, updated_offset_s FROM lapse "

constexpr char kSelectOne[] = SELECT_LAPSE "WHERE id = ?1";
constexpr char kSelectRecent[] =
    SELECT_LAPSE "WHERE deleted_at IS NULL ORDER BY occurred_at DESC LIMIT ?1";
constexpr char kSelectAllMoments[] =
    "SELECT occurred_at, occurred_offset_s FROM lapse WHERE deleted_at IS NULL";

#undef SELECT_LAPSE

Result<Lapse, StoreError> readRow(const Statement& row) {
    Lapse lapse;
    lapse.id = QUuid::fromString(row.text(0));
    if (lapse.id.isNull())
        return fail(StoreError{StoreErrorKind::Corrupt, QStringLiteral("lapse row unreadable")});
    lapse.entry.occurredAt = storedMoment(row.integer(1), int(row.integer(2)));
    lapse.entry.whatHappened = row.text(3);
    lapse.entry.nextTime = row.text(4);
    lapse.createdAt = storedMoment(row.integer(5), int(row.integer(6)));
    lapse.updatedAt = storedMoment(row.integer(7), int(row.integer(8)));
    return lapse;
}

Result<void, StoreError> queue(Database& db, const QUuid& id, qint64 nowMs) {
    return Outbox(db).enqueueForEveryAccount(QString::fromLatin1(LapseStore::kRecordType),
                                             idText(id), nowMs);
}

} // namespace

LapseStore::LapseStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<Lapse, StoreError> LapseStore::add(const LapseEntry& entry) {
    return write(kInsert, QUuid::createUuid(), entry, "");
}

Result<Lapse, StoreError> LapseStore::update(const QUuid& id, const LapseEntry& entry) {
    return write(kUpdate, id, entry, "no live lapse");
}

Result<Lapse, StoreError> LapseStore::restore(const Lapse& lapse) {
    return write(kRestore, lapse.id, lapse.entry, "no deleted lapse");
}

Result<Lapse, StoreError> LapseStore::write(const char* sql, const QUuid& id,
                                            const LapseEntry& entry, const char* whenNoRow) {
    if (!entry.isValid())
        return fail(StoreError{StoreErrorKind::InvalidInput, QStringLiteral("lapse out of range")});
    const QDateTime now = localNow(m_clock);
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto statement = m_db.prepared(sql);
        if (!statement)
            return fail(statement.error());
        (*statement)
            ->bind(1, idText(id))
            .bind(2, millis(entry.occurredAt))
            .bind(3, offsetToKeep(entry.occurredAt))
            .bind(4, entry.whatHappened)
            .bind(5, entry.nextTime)
            .bind(6, millis(now))
            .bind(7, offsetToKeep(now));
        if (auto ran = (*statement)->run(); !ran)
            return ran;
        if (m_db.changes() == 0)
            return fail(StoreError{StoreErrorKind::NotFound, QString::fromLatin1(whenNoRow)});
        return queue(m_db, id, millis(now));
    });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return find(id);
}

Result<void, StoreError> LapseStore::remove(const QUuid& id) {
    auto written =
        writeTombstone(m_db, kTombstone, id, localNow(m_clock), kRecordType, "no live lapse");
    if (!written)
        return written;
    Q_EMIT changed();
    return {};
}

Result<Lapse, StoreError> LapseStore::find(const QUuid& id) const {
    auto select = m_db.prepared(kSelectOne);
    if (!select)
        return fail(select.error());
    return (*select)->bind(1, idText(id)).readOne(readRow, "no such lapse");
}

Result<std::vector<Lapse>, StoreError> LapseStore::recent(int limit) const {
    auto select = m_db.prepared(kSelectRecent);
    if (!select)
        return fail(select.error());
    std::vector<Lapse> lapses;
    std::optional<StoreError> unreadable;
    auto read = (*select)->bind(1, limit).forEachRow([&](const Statement& row) {
        auto lapse = readRow(row);
        if (lapse)
            lapses.push_back(std::move(*lapse));
        else if (!unreadable)
            unreadable = lapse.error();
    });
    if (!read)
        return fail(read.error());
    if (unreadable)
        return fail(*unreadable);
    return lapses;
}

Result<LapseDays, StoreError> LapseStore::days() const {
    auto select = m_db.prepared(kSelectAllMoments);
    if (!select)
        return fail(select.error());
    std::vector<QDate> days;
    auto read = (*select)->forEachRow([&](const Statement& row) {
        // The day the client's clock showed when it happened.
        days.push_back(storedMoment(row.integer(0), int(row.integer(1))).date());
    });
    if (!read)
        return fail(read.error());
    return lapseDays(days, localNow(m_clock).date());
}

} // namespace stepstone
