#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/Lapse.h"
#include "model/LapseDays.h"
#include "store/Database.h"

#include <QObject>
#include <vector>

namespace stepstone {

// The lapses the client recorded, in the encrypted database. A delete leaves a tombstone (id and
// times; the words erased). Every change is queued for every clinic account in the same
// transaction, as every record is.
class LapseStore : public QObject {
    Q_OBJECT
public:
    // How the sync outbox names a lapse.
    static constexpr char kRecordType[] = "lapse";

    LapseStore(Database& db, const Clock& clock, QObject* parent = nullptr);

    Result<Lapse, StoreError> add(const LapseEntry& entry);
    Result<Lapse, StoreError> update(const QUuid& id, const LapseEntry& entry);
    Result<void, StoreError> remove(const QUuid& id);
    // Takes a delete back (an undo): the lapse as it was before, under its own id.
    Result<Lapse, StoreError> restore(const Lapse& lapse);
    Result<Lapse, StoreError> find(const QUuid& id) const;
    // Live lapses, the latest first.
    Result<std::vector<Lapse>, StoreError> recent(int limit) const;
    // Days since the latest lapse and the longest stretch, on the client's calendar today.
    Result<LapseDays, StoreError> days() const;

Q_SIGNALS:
    void changed();

private:
    Result<Lapse, StoreError> write(const char* sql, const QUuid& id, const LapseEntry& entry,
                                    const char* whenNoRow);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
