#include "CravingDeletion.h"

namespace stepstone {

Result<void, StoreError> CravingDeletion::remove(const QUuid& logId) {
    CravingLogStore* store = m_profile.cravingLogs();
    if (!store)
        return fail(StoreError{StoreErrorKind::NotFound, QStringLiteral("no open profile")});
    auto log = store->find(logId);
    if (!log)
        return fail(log.error());
    if (auto removed = store->remove(logId); !removed)
        return removed;
    m_deleted = std::move(*log);
    opened();
    return {};
}

bool CravingDeletion::undo() {
    CravingLogStore* store = m_profile.cravingLogs();
    if (!store || !m_deleted)
        return false;
    if (auto restored = store->restore(m_deleted->id, m_deleted->entry); !restored) {
        setErrorText(restored.error().message());
        return false;
    }
    undone();
    return true;
}

} // namespace stepstone
