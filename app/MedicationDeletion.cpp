#include "MedicationDeletion.h"

namespace stepstone {

bool MedicationDeletion::remove(const QString& medicationId) {
    Profile* profile = m_profile.profile();
    if (!profile)
        return false;
    const QUuid id = QUuid::fromString(medicationId);
    auto medication = profile->medications().find(id);
    if (!medication) {
        setErrorText(medication.error().message());
        return false;
    }
    if (auto removed = profile->medications().remove(id); !removed) {
        setErrorText(removed.error().message());
        return false;
    }
    m_removed = std::move(*medication);
    opened();
    return true;
}

bool MedicationDeletion::undo() {
    Profile* profile = m_profile.profile();
    if (!profile || !m_removed)
        return false;
    if (auto restored = profile->medications().restore(*m_removed); !restored) {
        setErrorText(restored.error().message());
        return false;
    }
    undone();
    return true;
}

void MedicationDeletion::forget(bool) {
    m_removed.reset();
}

} // namespace stepstone
