#pragma once

#include "schedule/Notifier.h"

#include <QDBusConnection>
#include <QHash>

namespace stepstone::platform {

// Notifications through the desktop's notification server (org.freedesktop.Notifications,
// version 1.2 of the specification) on the session bus. Unlike QSystemTrayIcon's message
// bubble, it needs no tray and reaches every freedesktop desktop.
class DBusNotifier final : public Notifier {
    Q_OBJECT
public:
    explicit DBusNotifier(QDBusConnection bus = QDBusConnection::sessionBus(),
                          QObject* parent = nullptr);

    void show(const QString& tag, const Notification& notification) override;
    void withdraw(const QString& tag) override;

public Q_SLOTS:
    // The server's signals; QtDBus delivers only to public slots.
    void onActionInvoked(uint id, const QString& actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<QString, uint> m_idByTag; // what is on screen now
};

} // namespace stepstone::platform
