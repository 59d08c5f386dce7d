#include "store/CravingLogStore.h"

#include "store/Outbox.h"
#include "store/StoredMoment.h"

namespace stepstone {

namespace {

// occurred_at is UTC ms; occurred_offset_s the UTC offset it was lived in (0, read as UTC, for
// rows written before the column existed).
constexpr char kInsert[] = R"sql(
INSERT INTO craving_log (id, occurred_at, intensity, note, coping_skill, outcome,
                         created_at, updated_at, occurred_offset_s)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8))sql";

constexpr char kUpdate[] = R"sql(
UPDATE craving_log
SET occurred_at = ?2, intensity = ?3, note = ?4, coping_skill = ?5, outcome = ?6, updated_at = ?7,
    occurred_offset_s = ?8
WHERE id = ?1 AND deleted_at IS NULL)sql";

// Undo of a delete: the tombstone becomes the log it was, under the same id.
constexpr char kRestore[] = R"sql(
UPDATE craving_log
SET occurred_at = ?2, intensity = ?3, note = ?4, coping_skill = ?5, outcome = ?6, updated_at = ?7,
    occurred_offset_s = ?8, deleted_at = NULL
WHERE id = ?1 AND deleted_at IS NOT NULL)sql";

constexpr char kTombstone[] = R"sql(
UPDATE craving_log SET note = '', coping_skill = '', updated_at = ?2, deleted_at = ?2
WHERE id = ?1 AND deleted_at IS NULL)sql";

constexpr char kDeleteTriggers[] = "DELETE FROM craving_log_trigger WHERE log_id = ?1";
constexpr char kInsertTrigger[] =
    "INSERT INTO craving_log_trigger (log_id, trigger) VALUES (?1, ?2)";

// Adjacent literals join at compile time, so each statement stays one named constant.
#define SELECT_CRAVING_LOG                                                                         \
    "SELECT l.id, l.occurred_at, l.intensity, l.note, l.coping_skill, l.outcome, l.created_at, "   \
    "l.updated_at, l.deleted_at, "                                                                 \
    "(SELECT group_concat(t.trigger) FROM craving_log_trigger t WHERE t.log_id = l.id), "          \
    "l.occurred_offset_s "                                                                         \
    "FROM craving_log l "

constexpr char kSelectRecent[] =
    SELECT_CRAVING_LOG "WHERE l.deleted_at IS NULL ORDER BY l.occurred_at DESC LIMIT ?1";
constexpr char kSelectOne[] = SELECT_CRAVING_LOG "WHERE l.id = ?1";

#undef SELECT_CRAVING_LOG

QDateTime fromMillis(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

StoreError invalidEntry() {
    return {StoreErrorKind::InvalidInput, QStringLiteral("craving entry out of range")};
}

void bindEntry(Statement& stmt, const CravingEntry& entry) {
    stmt.bind(2, millis(entry.occurredAt))
        .bind(3, entry.intensity)
        .bind(4, entry.note)
        .bind(5, entry.copingSkillId)
        .bind(6, codeFor(entry.outcome))
        .bind(8, offsetToKeep(entry.occurredAt));
}

} // namespace

CravingLogStore::CravingLogStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<CravingLog, StoreError> CravingLogStore::add(const CravingEntry& entry) {
    if (!entry.isValid())
        return fail(invalidEntry());
    const QUuid id = QUuid::createUuid();
    const qint64 now = millis(m_clock.now());
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto insert = m_db.prepared(kInsert);
        if (!insert)
            return fail(insert.error());
        bindEntry(**insert, entry);
        if (auto ran = (*insert)->bind(1, idText(id)).bind(7, now).run(); !ran)
            return ran;
        if (auto queued = Outbox(m_db).enqueueForEveryAccount(kRecordType, idText(id), now);
            !queued)
            return queued;
        return writeTriggers(id, entry.triggers);
    });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return find(id);
}

Result<CravingLog, StoreError> CravingLogStore::update(const QUuid& id, const CravingEntry& entry) {
    return rewrite(kUpdate, id, entry, QStringLiteral("no live log"));
}

Result<CravingLog, StoreError> CravingLogStore::restore(const QUuid& id,
                                                        const CravingEntry& entry) {
    return rewrite(kRestore, id, entry, QStringLiteral("no deleted log"));
}

Result<CravingLog, StoreError> CravingLogStore::rewrite(const char* sql, const QUuid& id,
                                                        const CravingEntry& entry,
                                                        const QString& notFound) {
    if (!entry.isValid())
        return fail(invalidEntry());
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto rewrite = m_db.prepared(sql);
        if (!rewrite)
            return fail(rewrite.error());
        bindEntry(**rewrite, entry);
        const qint64 now = millis(m_clock.now());
        if (auto ran = (*rewrite)->bind(1, idText(id)).bind(7, now).run(); !ran)
            return ran;
        if (m_db.changes() == 0)
            return fail(StoreError{StoreErrorKind::NotFound, notFound});
        if (auto queued = Outbox(m_db).enqueueForEveryAccount(kRecordType, idText(id), now);
            !queued)
            return queued;
        return writeTriggers(id, entry.triggers);
    });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return find(id);
}

Result<void, StoreError> CravingLogStore::remove(const QUuid& id) {
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto tombstone = m_db.prepared(kTombstone);
        if (!tombstone)
            return fail(tombstone.error());
        const qint64 now = millis(m_clock.now());
        if (auto ran = (*tombstone)->bind(1, idText(id)).bind(2, now).run(); !ran)
            return ran;
        if (m_db.changes() == 0)
            return fail(StoreError{StoreErrorKind::NotFound, QStringLiteral("no live log")});
        if (auto queued = Outbox(m_db).enqueueForEveryAccount(kRecordType, idText(id), now);
            !queued)
            return queued;
        return writeTriggers(id, {});
    });
    if (!written)
        return written;
    Q_EMIT changed();
    return {};
}

Result<std::vector<CravingLog>, StoreError> CravingLogStore::recent(int limit) const {
    auto select = m_db.prepared(kSelectRecent);
    if (!select)
        return fail(select.error());
    (*select)->bind(1, limit);
    std::vector<CravingLog> logs;
    for (;;) {
        auto row = (*select)->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        auto log = readRow(**select);
        if (!log) {
            (*select)->reset();
            return fail(log.error());
        }
        logs.push_back(std::move(*log));
    }
    (*select)->reset();
    return logs;
}

Result<CravingLog, StoreError> CravingLogStore::find(const QUuid& id) const {
    auto select = m_db.prepared(kSelectOne);
    if (!select)
        return fail(select.error());
    return (*select)
        ->bind(1, idText(id))
        .readOne([this](Statement& row) { return readRow(row); }, "no such log");
}

Result<void, StoreError> CravingLogStore::writeTriggers(const QUuid& id, CravingTriggers triggers) {
    auto clear = m_db.prepared(kDeleteTriggers);
    if (!clear)
        return fail(clear.error());
    if (auto ran = (*clear)->bind(1, idText(id)).run(); !ran)
        return ran;
    for (CravingTrigger trigger : kAllCravingTriggers) {
        if (!triggers.testFlag(trigger))
            continue;
        auto insert = m_db.prepared(kInsertTrigger);
        if (!insert)
            return fail(insert.error());
        if (auto ran = (*insert)->bind(1, idText(id)).bind(2, codeFor(trigger)).run(); !ran)
            return ran;
    }
    return {};
}

Result<CravingLog, StoreError> CravingLogStore::readRow(Statement& row) const {
    CravingLog log;
    log.id = QUuid::fromString(row.text(0));
    log.entry.occurredAt = storedMoment(row.integer(1), int(row.integer(10)));
    log.entry.intensity = int(row.integer(2));
    log.entry.note = row.text(3);
    log.entry.copingSkillId = row.text(4);
    const auto outcome = cravingOutcomeFromCode(row.text(5));
    if (log.id.isNull() || !outcome)
        return fail(StoreError{StoreErrorKind::Corrupt, QStringLiteral("unreadable craving row")});
    log.entry.outcome = *outcome;
    log.createdAt = fromMillis(row.integer(6));
    log.updatedAt = fromMillis(row.integer(7));
    if (!row.isNull(8))
        log.deletedAt = fromMillis(row.integer(8));
    const QString triggers = row.text(9);
    for (QStringView code : QStringView(triggers).split(u',', Qt::SkipEmptyParts))
        if (auto trigger = cravingTriggerFromCode(code))
            log.entry.triggers |= *trigger;
    return log;
}

} // namespace stepstone
