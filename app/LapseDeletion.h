#pragma once

#include "QmlSingleton.h"
#include "UndoWindow.h"
#include "model/Lapse.h"

#include <optional>

namespace stepstone {

// Deletes a lapse and, for a short while after, lets the client take the delete back, as
// CravingDeletion does for cravings. The words are erased on disk at once; only this object holds
// them, in memory, until the window closes.
class LapseDeletion : public stepstone::UndoWindow, public QmlSingleton<LapseDeletion> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit LapseDeletion(ProfileSession& profile, std::chrono::milliseconds window = kUndoWindow,
                           QObject* parent = nullptr)
        : UndoWindow(profile, window, parent) {}

    Q_INVOKABLE bool remove(const QString& lapseId);
    Q_INVOKABLE bool undo();

private:
    void forget(bool) override { m_deleted.reset(); }

    std::optional<Lapse> m_deleted;
};

} // namespace stepstone
