#pragma once

#include "ProfileSession.h"
#include "QmlSingleton.h"
#include "model/JournalEntry.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <chrono>
#include <optional>
#include <vector>

namespace stepstone {

// Deletes a journal entry and, for a short while after, lets the client take the delete back,
// as CravingDeletion does for cravings. The delete is committed at once: the text, its earlier
// versions and its search index row are erased on disk; once the window closes, the index is
// merged on a thread of its own (JournalIndexPurge) so that no segment keeps its words. Only this object holds what the entry
// said, in memory, until the window closes; Undo writes it back, earlier versions included,
// under its own id. Only the latest delete can be undone.
class JournalDeletion : public QObject, public QmlSingleton<JournalDeletion> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool undoable READ undoable NOTIFY undoableChanged)
    // While held (the pointer or the keyboard focus is on the undo bar), the window stays open.
    Q_PROPERTY(bool held READ held WRITE setHeld NOTIFY heldChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    static constexpr std::chrono::seconds kUndoWindow{10};

    explicit JournalDeletion(ProfileSession& profile,
                             std::chrono::milliseconds window = kUndoWindow,
                             QObject* parent = nullptr);

    bool undoable() const { return m_deleted.has_value(); }
    bool held() const { return m_held; }
    void setHeld(bool held);
    QString errorText() const { return m_errorText; }

    Result<void, StoreError> remove(const QUuid& entryId);
    Q_INVOKABLE bool undo();

Q_SIGNALS:
    void undoableChanged();
    void heldChanged();
    void errorTextChanged();

private:
    struct Deleted {
        JournalEntry entry;
        std::vector<JournalVersion> versions;
    };
    void closeWindow();
    void setErrorText(const QString& text);

    ProfileSession& m_profile;
    QTimer m_window;
    std::optional<Deleted> m_deleted;
    bool m_held = false;
    QString m_errorText;
};

} // namespace stepstone
