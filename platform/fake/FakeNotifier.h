#pragma once

#include "schedule/Notifier.h"

#include <QHash>
#include <QStringList>

namespace stepstone::platform {

// Keeps what would be shown, for unit tests; `answer` plays the client choosing an action.
class FakeNotifier final : public Notifier {
public:
    void show(const QString& tag, const Notification& notification) override {
        shown.insert(tag, notification);
        order << tag;
    }
    void withdraw(const QString& tag) override { shown.remove(tag); }
    void answer(const QString& tag, const QString& actionId) {
        shown.remove(tag);
        Q_EMIT actionInvoked(tag, actionId);
    }

    QHash<QString, Notification> shown;
    QStringList order; // every tag shown, in order
};

} // namespace stepstone::platform
