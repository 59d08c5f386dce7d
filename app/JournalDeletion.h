#pragma once

#include "QmlSingleton.h"
#include "UndoWindow.h"
#include "model/JournalEntry.h"

#include <optional>
#include <vector>

namespace stepstone {

// Deletes a journal entry and, for a short while after, lets the client take the delete back,
// as CravingDeletion does for cravings. The delete is committed at once: the text, its earlier
// versions and its search index row are erased on disk; once the window closes with the delete
// standing, the index is merged on a thread of its own (JournalIndexPurge) so that no segment
// keeps its words. Only this object holds what the entry said, in memory, until the window
// closes; Undo writes it back, earlier versions included, under its own id.
class JournalDeletion : public stepstone::UndoWindow, public QmlSingleton<JournalDeletion> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit JournalDeletion(ProfileSession& profile,
                             std::chrono::milliseconds window = kUndoWindow,
                             QObject* parent = nullptr)
        : UndoWindow(profile, window, parent) {}

    Result<void, StoreError> remove(const QUuid& entryId);
    Q_INVOKABLE bool undo();

private:
    struct Deleted {
        JournalEntry entry;
        std::vector<JournalVersion> versions;
    };
    void forget(bool stands) override;

    std::optional<Deleted> m_deleted;
};

} // namespace stepstone
