#include "CravingDrafts.h"

namespace stepstone {

CravingDrafts::CravingDrafts(QObject* parent)
    : QObject(parent) {}

std::optional<CravingEntry> CravingDrafts::find(const QUuid& logId) const {
    const auto draft = m_drafts.constFind(logId);
    return draft == m_drafts.cend() ? std::nullopt : std::optional<CravingEntry>(*draft);
}

void CravingDrafts::keep(const QUuid& logId, const CravingEntry& entry) {
    const bool wasNew = !m_drafts.contains(logId);
    m_drafts.insert(logId, entry);
    if (wasNew)
        Q_EMIT changed();
}

void CravingDrafts::forget(const QUuid& logId) {
    if (m_drafts.remove(logId) > 0)
        Q_EMIT changed();
}

} // namespace stepstone
