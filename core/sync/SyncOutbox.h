#pragma once

#include "common/Result.h"
#include "store/Database.h"

#include <QString>
#include <vector>

namespace stepstone {

// The records changed on this device and not yet on the clinic's server, one row per record.
// Writers enqueue inside their own transaction, so a saved change is never left out.
class SyncOutbox {
public:
    struct Entry {
        QString resourceType;
        QString recordId;
    };

    explicit SyncOutbox(Database& db)
        : m_db(db) {}

    Result<void, StoreError> enqueue(const QString& resourceType, const QString& recordId,
                                     qint64 nowMs);
    // Oldest first.
    Result<std::vector<Entry>, StoreError> pending(const QString& resourceType, int limit) const;
    Result<int, StoreError> count() const;
    // Done only if nothing queued the record again since `queuedBeforeMs`.
    Result<void, StoreError> markSent(const Entry& entry, qint64 queuedBeforeMs, qint64 nowMs,
                                      bool deleted);
    // Takes a record out unsent, when there is nothing left to send for it.
    Result<void, StoreError> discard(const Entry& entry);

private:
    Database& m_db;
};

} // namespace stepstone
