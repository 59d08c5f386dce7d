#include "profile/IntegrityCheck.h"

#include "store/Database.h"

namespace stepstone {

Result<void, StoreError> IntegrityCheck::run(const std::atomic<bool>& cancelled) const {
    auto checked = Database::checkIntegrity(m_databasePath, m_key, cancelled);
    if (checked)
        m_schedule.notePassed();
    return checked;
}

} // namespace stepstone
