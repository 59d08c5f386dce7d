#include "store/Outbox.h"

namespace stepstone {

namespace {

// No UPSERT in SQLite 3.15: REPLACE squashes repeated changes into one row, and a new change
// to a record set aside queues it afresh.
constexpr char kEnqueueEverywhere[] = R"sql(
INSERT OR REPLACE INTO outbox (account_id, record_type, record_id, queued_at)
SELECT id, ?1, ?2, ?3 FROM clinic_account)sql";
constexpr char kEnqueue[] = R"sql(
INSERT OR REPLACE INTO outbox (account_id, record_type, record_id, queued_at)
VALUES (?1, ?2, ?3, ?4))sql";
constexpr char kPending[] = R"sql(
SELECT record_type, record_id FROM outbox
WHERE account_id = ?1 AND record_type = ?2 AND set_aside_at IS NULL
ORDER BY queued_at LIMIT ?3)sql";
constexpr char kCount[] = "SELECT count(*) FROM outbox WHERE account_id = ?1";
constexpr char kIsQueued[] =
    "SELECT 1 FROM outbox WHERE account_id = ?1 AND record_type = ?2 AND record_id = ?3";
constexpr char kRemoveSent[] = R"sql(
DELETE FROM outbox
WHERE account_id = ?1 AND record_type = ?2 AND record_id = ?3 AND queued_at <= ?4)sql";
constexpr char kDiscard[] =
    "DELETE FROM outbox WHERE account_id = ?1 AND record_type = ?2 AND record_id = ?3";
constexpr char kLogSent[] = R"sql(
INSERT INTO sent_log (account_id, record_type, record_id, operation, sent_at)
VALUES (?1, ?2, ?3, ?4, ?5))sql";
constexpr char kSetAside[] = R"sql(
UPDATE outbox SET set_aside_at = ?4, set_aside_why = ?5
WHERE account_id = ?1 AND record_type = ?2 AND record_id = ?3)sql";
constexpr char kSetAsideEntries[] = R"sql(
SELECT record_type, record_id, set_aside_why, set_aside_at FROM outbox
WHERE account_id = ?1 AND set_aside_at IS NOT NULL ORDER BY set_aside_at)sql";

QString codeFor(Outbox::Problem problem) {
    switch (problem) {
    case Outbox::Problem::Unreadable:
        return QStringLiteral("unreadable");
    case Outbox::Problem::Refused:
        return QStringLiteral("refused");
    case Outbox::Problem::NotSendable:
        break;
    }
    return QStringLiteral("not-sendable");
}

Outbox::Problem problemFromCode(const QString& code) {
    if (code == QLatin1String("unreadable"))
        return Outbox::Problem::Unreadable;
    if (code == QLatin1String("refused"))
        return Outbox::Problem::Refused;
    return Outbox::Problem::NotSendable;
}

} // namespace

Result<void, StoreError> Outbox::enqueueForEveryAccount(const QString& recordType,
                                                        const QString& recordId, qint64 nowMs) {
    auto insert = m_db.prepared(kEnqueueEverywhere);
    if (!insert)
        return fail(insert.error());
    return (*insert)->bind(1, recordType).bind(2, recordId).bind(3, nowMs).run();
}

Result<void, StoreError> Outbox::enqueue(ClinicAccountId account, const QString& recordType,
                                         const QString& recordId, qint64 nowMs) {
    auto insert = m_db.prepared(kEnqueue);
    if (!insert)
        return fail(insert.error());
    return (*insert)
        ->bind(1, account.value)
        .bind(2, recordType)
        .bind(3, recordId)
        .bind(4, nowMs)
        .run();
}

Result<std::vector<Outbox::Entry>, StoreError>
Outbox::pending(ClinicAccountId account, const QString& recordType, int limit) const {
    auto select = m_db.prepared(kPending);
    if (!select)
        return fail(select.error());
    std::vector<Entry> entries;
    auto read = (*select)
                    ->bind(1, account.value)
                    .bind(2, recordType)
                    .bind(3, limit)
                    .forEachRow([&](const Statement& row) {
                        entries.push_back({row.text(0), row.text(1)});
                    });
    if (!read)
        return fail(read.error());
    return entries;
}

Result<int, StoreError> Outbox::count(ClinicAccountId account) const {
    auto select = m_db.prepared(kCount);
    if (!select)
        return fail(select.error());
    int value = 0;
    auto read = (*select)->bind(1, account.value).forEachRow([&](const Statement& row) {
        value = int(row.integer(0));
    });
    if (!read)
        return fail(read.error());
    return value;
}

Result<bool, StoreError> Outbox::isQueued(ClinicAccountId account, const Entry& entry) const {
    auto select = m_db.prepared(kIsQueued);
    if (!select)
        return fail(select.error());
    bool queued = false;
    auto read = (*select)
                    ->bind(1, account.value)
                    .bind(2, entry.recordType)
                    .bind(3, entry.recordId)
                    .forEachRow([&](const Statement&) { queued = true; });
    if (!read)
        return fail(read.error());
    return queued;
}

Result<void, StoreError> Outbox::markSent(ClinicAccountId account, const Entry& entry,
                                          qint64 queuedBeforeMs, qint64 nowMs, bool deleted) {
    auto remove = m_db.prepared(kRemoveSent);
    if (!remove)
        return fail(remove.error());
    if (auto ran = (*remove)
                       ->bind(1, account.value)
                       .bind(2, entry.recordType)
                       .bind(3, entry.recordId)
                       .bind(4, queuedBeforeMs)
                       .run();
        !ran)
        return ran;
    auto log = m_db.prepared(kLogSent);
    if (!log)
        return fail(log.error());
    return (*log)
        ->bind(1, account.value)
        .bind(2, entry.recordType)
        .bind(3, entry.recordId)
        .bind(4, QString::fromLatin1(deleted ? "delete" : "put"))
        .bind(5, nowMs)
        .run();
}

Result<void, StoreError> Outbox::discard(ClinicAccountId account, const Entry& entry) {
    auto remove = m_db.prepared(kDiscard);
    if (!remove)
        return fail(remove.error());
    return (*remove)
        ->bind(1, account.value)
        .bind(2, entry.recordType)
        .bind(3, entry.recordId)
        .run();
}

Result<void, StoreError> Outbox::setAside(ClinicAccountId account, const Entry& entry,
                                          Problem problem, qint64 nowMs) {
    auto update = m_db.prepared(kSetAside);
    if (!update)
        return fail(update.error());
    return (*update)
        ->bind(1, account.value)
        .bind(2, entry.recordType)
        .bind(3, entry.recordId)
        .bind(4, nowMs)
        .bind(5, codeFor(problem))
        .run();
}

Result<std::vector<Outbox::SetAside>, StoreError>
Outbox::setAsideEntries(ClinicAccountId account) const {
    auto select = m_db.prepared(kSetAsideEntries);
    if (!select)
        return fail(select.error());
    std::vector<SetAside> entries;
    auto read = (*select)->bind(1, account.value).forEachRow([&](const Statement& row) {
        entries.push_back({{row.text(0), row.text(1)},
                           problemFromCode(row.text(2)),
                           QDateTime::fromMSecsSinceEpoch(row.integer(3), Qt::UTC)});
    });
    if (!read)
        return fail(read.error());
    return entries;
}

} // namespace stepstone
