#include "JournalDeletion.h"

namespace stepstone {

Result<void, StoreError> JournalDeletion::remove(const QUuid& entryId) {
    JournalStore* store = m_profile.journal();
    if (!store)
        return fail(StoreError{StoreErrorKind::NotFound, QStringLiteral("no open profile")});
    auto entry = store->find(entryId);
    if (!entry)
        return fail(entry.error());
    auto versions = store->versions(entryId);
    if (!versions)
        return fail(versions.error());
    if (auto removed = store->remove(entryId); !removed)
        return removed;
    m_deleted = Deleted{std::move(*entry), std::move(*versions)};
    opened();
    return {};
}

bool JournalDeletion::undo() {
    JournalStore* store = m_profile.journal();
    if (!store || !m_deleted)
        return false;
    if (auto restored = store->restore(m_deleted->entry, m_deleted->versions); !restored) {
        setErrorText(restored.error().message());
        return false;
    }
    undone();
    return true;
}

void JournalDeletion::forget(bool stands) {
    m_deleted.reset();
    // The delete stands: its words now leave the search index's older segments too. (A profile
    // that closed meanwhile does this when it opens again.)
    if (Profile* profile = m_profile.profile(); stands && profile)
        profile->journalIndexPurge().request();
}

} // namespace stepstone
