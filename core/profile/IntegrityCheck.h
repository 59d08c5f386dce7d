#pragma once

#include "common/Result.h"
#include "profile/IntegritySchedule.h"
#include "security/DatabaseKey.h"
#include "store/StoreError.h"

#include <atomic>

namespace stepstone {

// A check of the whole database file that opening found due, handed on to run where it holds
// nobody up (see Database::checkIntegrity). It keeps the key until then.
class IntegrityCheck {
public:
    IntegrityCheck(QString databasePath, const DatabaseKey& key, IntegritySchedule schedule)
        : m_databasePath(std::move(databasePath))
        , m_key(key)
        , m_schedule(std::move(schedule)) {}

    // Damage is StoreErrorKind::Corrupt. A check that passed is noted, so the next one is a day
    // away.
    Result<void, StoreError> run(const std::atomic<bool>& cancelled) const;

private:
    QString m_databasePath;
    DatabaseKey m_key;
    IntegritySchedule m_schedule;
};

} // namespace stepstone
