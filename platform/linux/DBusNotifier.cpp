#include "linux/DBusNotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace stepstone::platform {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr uchar kNormalUrgency = 1;
constexpr int kServerDecidesTimeout = -1;

QDBusMessage call(const QString& method) {
    return QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
}

} // namespace

DBusNotifier::DBusNotifier(QDBusConnection bus, QObject* parent)
    : Notifier(parent)
    , m_bus(std::move(bus)) {
    // By the service name: the server's own unique name is not known before it first answers.
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
}

void DBusNotifier::show(const QString& tag, const Notification& notification) {
    QStringList actions;
    for (const NotificationAction& action : notification.actions)
        actions << action.id << action.label;
    QVariantMap hints;
    // A byte, as the specification types it: some servers ignore an int here.
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(kNormalUrgency));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("stepstone"));
    QDBusMessage notify = call(QStringLiteral("Notify"));
    notify << QStringLiteral("Stepstone") << m_idByTag.value(tag, 0u) << QString()
           << notification.title << notification.body << actions << hints << kServerDecidesTimeout;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, tag](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    Q_EMIT failed(reply.error().name());
                    return;
                }
                m_idByTag.insert(tag, reply.value());
                Q_EMIT shown(tag);
            });
}

void DBusNotifier::withdraw(const QString& tag) {
    const auto shown = m_idByTag.constFind(tag);
    if (shown == m_idByTag.constEnd())
        return;
    QDBusMessage close = call(QStringLiteral("CloseNotification"));
    close << *shown;
    m_bus.asyncCall(close);
    m_idByTag.erase(shown);
}

void DBusNotifier::onActionInvoked(uint id, const QString& actionKey) {
    const QString tag = m_idByTag.key(id);
    if (tag.isEmpty())
        return; // another application's
    // Some servers (dunst 1.9) leave a notification up after its action: it has done its job.
    withdraw(tag);
    Q_EMIT actionInvoked(tag, actionKey);
}

void DBusNotifier::onNotificationClosed(uint id, uint) {
    const QString tag = m_idByTag.key(id);
    if (!tag.isEmpty())
        m_idByTag.remove(tag);
}

} // namespace stepstone::platform
