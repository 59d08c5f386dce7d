#include "NextMeeting.h"

#include "MeetingLabels.h"
#include "common/SafeWebLink.h"

#include <utility>

namespace stepstone {

NextMeeting::NextMeeting(QObject* parent)
    : ProfileRecordView(parent) {}

QMetaObject::Connection NextMeeting::watchStore(Profile& open) {
    return connect(&open.meetings(), &MeetingStore::changed, this, &NextMeeting::reload);
}

void NextMeeting::reload() {
    m_meetings.clear();
    const QString errorBefore = std::exchange(m_errorText, QString());
    if (Profile* open = profile()) {
        if (auto meetings = open->meetings().list())
            m_meetings = std::move(*meetings);
        else
            m_errorText = meetings.error().message();
    }
    if (m_errorText != errorBefore)
        Q_EMIT changed();
    refresh();
}

void NextMeeting::refresh() {
    std::optional<MeetingTime> next;
    QString whenText;
    if (session()) {
        const QDateTime now = session()->clock().now();
        next = nextMeeting(m_meetings, now);
        whenText = next ? meetingLabels::when(next->startsAt, now) : QString();
    }
    const bool same = next.has_value() == m_next.has_value() && whenText == m_whenText &&
                      (!next || (next->meeting.id == m_next->meeting.id &&
                                 next->meeting.details == m_next->meeting.details));
    m_next = std::move(next);
    m_whenText = whenText;
    if (!same)
        Q_EMIT changed();
}

QString NextMeeting::meetingId() const {
    return m_next ? m_next->meeting.id.toString(QUuid::WithoutBraces) : QString();
}

QString NextMeeting::title() const {
    return m_next ? m_next->meeting.details.name : QString();
}

QString NextMeeting::kindText() const {
    return m_next ? meetingLabels::kind(m_next->meeting.details.kind) : QString();
}

QString NextMeeting::place() const {
    return m_next ? m_next->meeting.details.place : QString();
}

QString NextMeeting::link() const {
    if (!m_next)
        return {};
    const auto url = safeWebLink(m_next->meeting.details.link);
    return url ? url->toString() : QString();
}

} // namespace stepstone
