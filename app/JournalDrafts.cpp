#include "JournalDrafts.h"

namespace stepstone {

JournalDrafts::JournalDrafts(QObject* parent)
    : QObject(parent) {}

std::optional<JournalDrafts::Draft> JournalDrafts::find(const QUuid& entryId) const {
    const auto draft = m_drafts.constFind(entryId);
    return draft == m_drafts.cend() ? std::nullopt : std::optional<Draft>(*draft);
}

void JournalDrafts::keep(const QUuid& entryId, const Draft& draft) {
    m_drafts.insert(entryId, draft);
}

void JournalDrafts::forget(const QUuid& entryId) {
    m_drafts.remove(entryId);
}

} // namespace stepstone
