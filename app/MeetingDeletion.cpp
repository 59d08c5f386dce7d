#include "MeetingDeletion.h"

namespace stepstone {

bool MeetingDeletion::remove(const QString& meetingId) {
    Profile* profile = m_profile.profile();
    if (!profile)
        return false;
    const QUuid id = QUuid::fromString(meetingId);
    auto meeting = profile->meetings().find(id);
    if (!meeting) {
        setErrorText(meeting.error().message());
        return false;
    }
    if (auto removed = profile->meetings().remove(id); !removed) {
        setErrorText(removed.error().message());
        return false;
    }
    m_removed = std::move(*meeting);
    opened();
    return true;
}

bool MeetingDeletion::undo() {
    Profile* profile = m_profile.profile();
    if (!profile || !m_removed)
        return false;
    if (auto restored = profile->meetings().restore(*m_removed); !restored) {
        setErrorText(restored.error().message());
        return false;
    }
    undone();
    return true;
}

void MeetingDeletion::forget(bool) {
    m_removed.reset();
}

} // namespace stepstone
