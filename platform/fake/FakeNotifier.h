#pragma once

#include "schedule/Notifier.h"

#include <QHash>
#include <QStringList>

namespace stepstone::platform {

// Keeps what would be shown, for unit tests; `answer` plays the client choosing an action, and
// `refusing` a desktop that shows nothing.
class FakeNotifier final : public Notifier {
public:
    void show(const QString& tag, const Notification& notification) override {
        if (refusing) {
            Q_EMIT failed(QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown"));
            return;
        }
        showing.insert(tag, notification);
        order << tag;
        Q_EMIT shown(tag);
    }
    void withdraw(const QString& tag) override { showing.remove(tag); }
    void answer(const QString& tag, const QString& actionId) {
        showing.remove(tag);
        Q_EMIT actionInvoked(tag, actionId);
    }

    QHash<QString, Notification> showing;
    QStringList order; // every tag shown, in order
    bool refusing = false;
};

} // namespace stepstone::platform
