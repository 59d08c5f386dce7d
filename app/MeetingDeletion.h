#pragma once

#include "QmlSingleton.h"
#include "UndoWindow.h"
#include "model/Meeting.h"

#include <optional>

namespace stepstone {

// Removes a meeting and, for a short while after, lets the client take it back, as
// JournalDeletion does for journal entries. The remove is committed at once (a tombstone
// without the words); only this object holds the meeting, in memory, until the window closes.
// Undo writes it back under its own id.
class MeetingDeletion : public stepstone::UndoWindow, public QmlSingleton<MeetingDeletion> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit MeetingDeletion(ProfileSession& profile,
                             std::chrono::milliseconds window = kUndoWindow,
                             QObject* parent = nullptr)
        : UndoWindow(profile, window, parent) {}

    Q_INVOKABLE bool remove(const QString& meetingId);
    Q_INVOKABLE bool undo();

private:
    void forget(bool stands) override;

    std::optional<Meeting> m_removed;
};

} // namespace stepstone
