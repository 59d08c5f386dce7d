#include "sync/SyncScheduler.h"

namespace stepstone {

SyncScheduler::SyncScheduler(std::function<void()> sync, Timing timing, QObject* parent)
    : QObject(parent)
    , m_sync(std::move(sync)) {
    m_afterChange.setSingleShot(true);
    m_afterChange.setInterval(timing.afterChange);
    m_period.setInterval(timing.period);
    connect(&m_afterChange, &QTimer::timeout, this, &SyncScheduler::syncIfOnline);
    connect(&m_period, &QTimer::timeout, this, &SyncScheduler::syncIfOnline);
}

void SyncScheduler::start() {
    m_running = true;
    m_period.start();
    syncIfOnline();
}

void SyncScheduler::stop() {
    m_running = false;
    m_afterChange.stop();
    m_period.stop();
}

void SyncScheduler::localChange() {
    if (m_running)
        m_afterChange.start();
}

void SyncScheduler::refreshRequested() {
    if (!m_running)
        return;
    m_afterChange.stop();
    m_sync();
}

void SyncScheduler::setOnline(bool online) {
    const bool cameBack = online && !m_online;
    m_online = online;
    if (m_running && cameBack) {
        m_afterChange.stop();
        m_sync();
    }
}

void SyncScheduler::syncIfOnline() {
    if (!m_running)
        return;
    if (m_online)
        m_sync();
}

} // namespace stepstone
