#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/CravingLog.h"
#include "store/Database.h"

#include <QObject>
#include <vector>

namespace stepstone {

// The client's craving logs in the encrypted database. A delete leaves a tombstone (id and
// times only; the note and triggers are erased) so that sync can tell the clinic. Every change
// is queued for every clinic account in the same transaction; whether it is uploaded is the
// sync's decision.
class CravingLogStore : public QObject {
    Q_OBJECT
public:
    // How the sync outbox names a craving log.
    static constexpr char kRecordType[] = "craving";

    CravingLogStore(Database& db, const Clock& clock, QObject* parent = nullptr);

    Result<CravingLog, StoreError> add(const CravingEntry& entry);
    Result<CravingLog, StoreError> update(const QUuid& id, const CravingEntry& entry);
    Result<void, StoreError> remove(const QUuid& id);
    // Undoes a delete made on this device: the log comes back under its own id with `entry`,
    // what it held before (the tombstone no longer has it), and is queued for sync again, so a
    // clinic that already had the delete gets the log back.
    Result<CravingLog, StoreError> restore(const QUuid& id, const CravingEntry& entry);

    // Live (not deleted) logs, newest first.
    Result<std::vector<CravingLog>, StoreError> recent(int limit) const;
    Result<CravingLog, StoreError> find(const QUuid& id) const;

Q_SIGNALS:
    void changed();

private:
    // Writes `entry` over the row `sql` matches (update or restore) and queues it for sync.
    Result<CravingLog, StoreError> rewrite(const char* sql, const QUuid& id,
                                           const CravingEntry& entry, const QString& notFound);
    Result<void, StoreError> writeTriggers(const QUuid& id, CravingTriggers triggers);
    Result<CravingLog, StoreError> readRow(Statement& row) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
