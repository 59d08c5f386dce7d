#pragma once

#include "QmlSingleton.h"
#include "UndoWindow.h"
#include "model/Medication.h"

#include <optional>

namespace stepstone {

// Removes a medicine and, for a short while after, lets the client take it back, as
// JournalDeletion does for journal entries. The remove is committed at once (a tombstone
// without the words); only this object holds the medicine, in memory, until the window closes.
// Undo writes it back under its own id; the marks made on its doses were never touched.
class MedicationDeletion : public stepstone::UndoWindow, public QmlSingleton<MedicationDeletion> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit MedicationDeletion(ProfileSession& profile,
                                std::chrono::milliseconds window = kUndoWindow,
                                QObject* parent = nullptr)
        : UndoWindow(profile, window, parent) {}

    Q_INVOKABLE bool remove(const QString& medicationId);
    Q_INVOKABLE bool undo();

private:
    void forget(bool stands) override;

    std::optional<Medication> m_removed;
};

} // namespace stepstone
