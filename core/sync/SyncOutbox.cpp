#include "sync/SyncOutbox.h"

namespace stepstone {

namespace {

// No UPSERT in SQLite 3.15: REPLACE squashes repeated changes into one row.
constexpr char kEnqueue[] =
    "INSERT OR REPLACE INTO sync_outbox (resource_type, record_id, queued_at) VALUES (?1, ?2, ?3)";
constexpr char kPending[] = "SELECT resource_type, record_id FROM sync_outbox "
                            "WHERE resource_type = ?1 ORDER BY queued_at LIMIT ?2";
constexpr char kCount[] = "SELECT count(*) FROM sync_outbox";
constexpr char kRemove[] = "DELETE FROM sync_outbox "
                           "WHERE resource_type = ?1 AND record_id = ?2 AND queued_at <= ?3";
constexpr char kDiscard[] = "DELETE FROM sync_outbox WHERE resource_type = ?1 AND record_id = ?2";
constexpr char kLogSent[] = "INSERT INTO sync_sent_log (resource_type, record_id, operation, "
                            "sent_at) VALUES (?1, ?2, ?3, ?4)";

} // namespace

Result<void, StoreError> SyncOutbox::enqueue(const QString& resourceType, const QString& recordId,
                                             qint64 nowMs) {
    auto insert = m_db.prepared(kEnqueue);
    if (!insert)
        return fail(insert.error());
    return (*insert)->bind(1, resourceType).bind(2, recordId).bind(3, nowMs).run();
}

Result<std::vector<SyncOutbox::Entry>, StoreError> SyncOutbox::pending(const QString& resourceType,
                                                                       int limit) const {
    auto select = m_db.prepared(kPending);
    if (!select)
        return fail(select.error());
    (*select)->bind(1, resourceType).bind(2, limit);
    std::vector<Entry> entries;
    for (;;) {
        auto row = (*select)->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        entries.push_back({(*select)->text(0), (*select)->text(1)});
    }
    (*select)->reset();
    return entries;
}

Result<int, StoreError> SyncOutbox::count() const {
    auto select = m_db.prepared(kCount);
    if (!select)
        return fail(select.error());
    auto row = (*select)->step();
    if (!row)
        return fail(row.error());
    const int value = int((*select)->integer(0));
    (*select)->reset();
    return value;
}

Result<void, StoreError> SyncOutbox::markSent(const Entry& entry, qint64 queuedBeforeMs,
                                              qint64 nowMs, bool deleted) {
    auto remove = m_db.prepared(kRemove);
    if (!remove)
        return fail(remove.error());
    if (auto ran = (*remove)
                       ->bind(1, entry.resourceType)
                       .bind(2, entry.recordId)
                       .bind(3, queuedBeforeMs)
                       .run();
        !ran)
        return ran;
    auto log = m_db.prepared(kLogSent);
    if (!log)
        return fail(log.error());
    return (*log)
        ->bind(1, entry.resourceType)
        .bind(2, entry.recordId)
        .bind(3, QString::fromLatin1(deleted ? "delete" : "put"))
        .bind(4, nowMs)
        .run();
}

Result<void, StoreError> SyncOutbox::discard(const Entry& entry) {
    auto remove = m_db.prepared(kDiscard);
    if (!remove)
        return fail(remove.error());
    return (*remove)->bind(1, entry.resourceType).bind(2, entry.recordId).run();
}

} // namespace stepstone
