#include "LapseDeletion.h"

namespace stepstone {

bool LapseDeletion::remove(const QString& lapseId) {
    Profile* profile = m_profile.profile();
    const QUuid id = QUuid::fromString(lapseId);
    if (!profile || id.isNull())
        return false;
    auto lapse = profile->lapses().find(id);
    if (!lapse) {
        setErrorText(lapse.error().message());
        return false;
    }
    if (auto removed = profile->lapses().remove(id); !removed) {
        setErrorText(removed.error().message());
        return false;
    }
    m_deleted = std::move(*lapse);
    opened();
    return true;
}

bool LapseDeletion::undo() {
    Profile* profile = m_profile.profile();
    if (!profile || !m_deleted)
        return false;
    if (auto restored = profile->lapses().restore(*m_deleted); !restored) {
        setErrorText(restored.error().message());
        return false;
    }
    undone();
    return true;
}

} // namespace stepstone
