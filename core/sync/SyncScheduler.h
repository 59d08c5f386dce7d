#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

namespace stepstone {

// Decides when to sync: at start, when the network comes back, shortly after a local change
// (several quick changes make one sync), when the client pulls to refresh, and on a timer.
// While the system says it is offline, only the client's own request starts a sync.
class SyncScheduler : public QObject {
    Q_OBJECT
public:
    struct Timing {
        std::chrono::milliseconds afterChange{std::chrono::seconds(3)};
        std::chrono::milliseconds period{std::chrono::minutes(15)};
    };

    SyncScheduler(std::function<void()> sync, Timing timing, QObject* parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    void localChange();
    void refreshRequested();
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

private:
    void syncIfOnline();

    std::function<void()> m_sync;
    QTimer m_afterChange;
    QTimer m_period;
    bool m_running = false;
    bool m_online = true;
};

} // namespace stepstone
