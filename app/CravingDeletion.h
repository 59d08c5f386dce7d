#pragma once

#include "QmlSingleton.h"
#include "UndoWindow.h"
#include "model/CravingLog.h"

#include <optional>

namespace stepstone {

// Deletes a craving log and, for a short while after, lets the client take the delete back.
// The delete is committed at once (a tombstone without the client's words, queued for sync), so
// an app that ends inside the window leaves the log simply deleted, never half. Only this object
// holds what the log said, in memory, until the window closes; Undo restores the log under its
// own id and queues it for sync again: a clinic that already had the delete takes the PUT of the
// same id as the Observation coming back.
class CravingDeletion : public stepstone::UndoWindow, public QmlSingleton<CravingDeletion> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit CravingDeletion(ProfileSession& profile,
                             std::chrono::milliseconds window = kUndoWindow,
                             QObject* parent = nullptr)
        : UndoWindow(profile, window, parent) {}

    Result<void, StoreError> remove(const QUuid& logId);
    Q_INVOKABLE bool undo();

private:
    void forget(bool) override { m_deleted.reset(); }

    std::optional<CravingLog> m_deleted;
};

} // namespace stepstone
