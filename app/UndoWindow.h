#pragma once

#include "ProfileSession.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <chrono>

namespace stepstone {

// The short while after a delete in which the client can take it back (CravingDeletion,
// JournalDeletion). The delete itself is committed at once; only what was deleted is kept, in
// memory, by the subclass until the window closes: on its own, on an undo, or when the profile
// changes (what was deleted belongs to the profile that was open). A new delete starts a new
// window: only the latest delete can be undone.
class UndoWindow : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(bool undoable READ undoable NOTIFY undoableChanged)
    // While held (the pointer or the keyboard focus is on the undo bar), the window stays open.
    Q_PROPERTY(bool held READ held WRITE setHeld NOTIFY heldChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    static constexpr std::chrono::seconds kUndoWindow{10};

    bool undoable() const { return m_open; }
    bool held() const { return m_held; }
    void setHeld(bool held);
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void undoableChanged();
    void heldChanged();
    void errorTextChanged();

protected:
    UndoWindow(ProfileSession& profile, std::chrono::milliseconds length, QObject* parent);

    // After a delete the subclass has kept what it needs to undo.
    void opened();
    // After an undo that worked: the window closes without the delete standing.
    void undone();
    void setErrorText(const QString& text);
    // The window closed: let go of what the delete kept. `stands`: no undo came.
    virtual void forget(bool stands) = 0;

    ProfileSession& m_profile;

private:
    void close(bool stands);

    QTimer m_window;
    bool m_open = false;
    bool m_held = false;
    QString m_errorText;
};

} // namespace stepstone
