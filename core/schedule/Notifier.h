#pragma once

#include <QObject>
#include <QString>
#include <vector>

namespace stepstone {

struct NotificationAction {
    QString id;    // what actionInvoked reports: "open", "snooze", "taken"
    QString label; // in the client's language
};

// A notification as the desktop shows it, in the words the app chose for it (discreet unless
// the client asked for details).
struct Notification {
    QString title;
    QString body;
    std::vector<NotificationAction> actions;
};

// The desktop's notifications. Declared here, delivered by platform (org.freedesktop.Notifications
// on Linux); tests use a fake.
class Notifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Shows `notification` under `tag` (a reminder's key), replacing one shown under it before.
    virtual void show(const QString& tag, const Notification& notification) = 0;
    // Takes down what is shown under `tag`, if anything.
    virtual void withdraw(const QString& tag) = 0;

Q_SIGNALS:
    // The client chose an action of the notification shown under `tag`; "default" is a click
    // on the notification itself.
    void actionInvoked(const QString& tag, const QString& actionId);
    // The desktop took the notification shown under `tag`.
    void shown(const QString& tag);
    // The desktop could not show a notification; `reason` names no content of it.
    void failed(const QString& reason);
};

} // namespace stepstone
