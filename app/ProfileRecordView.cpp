#include "ProfileRecordView.h"

#include <chrono>

namespace stepstone {

namespace {

// All the precision a meeting's time or a day count has.
constexpr std::chrono::minutes kRecheck{1};

} // namespace

ProfileRecordView::ProfileRecordView(QObject* parent)
    : QObject(parent) {
    m_minute.setInterval(kRecheck);
    connect(&m_minute, &QTimer::timeout, this, [this] { minutePassed(); });
    m_minute.start();
}

void ProfileRecordView::setSession(ProfileSession* session) {
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ProfileSession::stateChanged, this, &ProfileRecordView::connectStore);
    connectStore();
    Q_EMIT sessionChanged();
}

void ProfileRecordView::connectStore() {
    disconnect(m_storeConnection);
    if (Profile* open = profile()) {
        Profile& current = *open;
        m_storeConnection = watchStore(current);
    }
    reload();
}

} // namespace stepstone
