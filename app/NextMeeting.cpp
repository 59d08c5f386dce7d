#include "NextMeeting.h"

#include "MeetingLabels.h"
#include "sync/mapping/SafeWebLink.h"

#include <utility>

namespace stepstone {

namespace {

// "Today" turns into "Tomorrow" and a started meeting gives way to the next one on the
// minute, which is all the precision a meeting's time has.
constexpr std::chrono::minutes kRecheck{1};

} // namespace

NextMeeting::NextMeeting(QObject* parent)
    : QObject(parent) {
    m_minute.setInterval(kRecheck);
    connect(&m_minute, &QTimer::timeout, this, &NextMeeting::refresh);
    m_minute.start();
}

void NextMeeting::setSession(ProfileSession* session) {
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ProfileSession::stateChanged, this, &NextMeeting::connectStore);
    connectStore();
    Q_EMIT sessionChanged();
}

void NextMeeting::connectStore() {
    disconnect(m_storeConnection);
    if (Profile* profile = m_session ? m_session->profile() : nullptr)
        m_storeConnection =
            connect(&profile->meetings(), &MeetingStore::changed, this, &NextMeeting::reload);
    reload();
}

void NextMeeting::reload() {
    m_meetings.clear();
    const QString errorBefore = std::exchange(m_errorText, QString());
    if (Profile* profile = m_session ? m_session->profile() : nullptr) {
        if (auto meetings = profile->meetings().list())
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
    if (m_session) {
        const QDateTime now = m_session->clock().now();
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
