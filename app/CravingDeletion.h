#pragma once

#include "ProfileSession.h"
#include "QmlSingleton.h"
#include "model/CravingLog.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <chrono>
#include <optional>

namespace stepstone {

// Deletes a craving log and, for a short while after, lets the client take the delete back.
// The delete is committed at once (a tombstone without the client's words, queued for sync), so
// an app that ends inside the window leaves the log simply deleted, never half. Only this object
// holds what the log said, in memory, until the window closes; Undo restores the log under its
// own id and queues it for sync again: a clinic that already had the delete takes the PUT of the
// same id as the Observation coming back. Only the latest delete can be undone.
class CravingDeletion : public QObject, public QmlSingleton<CravingDeletion> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool undoable READ undoable NOTIFY undoableChanged)
    // While held (the pointer or the keyboard focus is on the undo bar), the window stays open.
    Q_PROPERTY(bool held READ held WRITE setHeld NOTIFY heldChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    static constexpr std::chrono::seconds kUndoWindow{10};

    explicit CravingDeletion(ProfileSession& profile,
                             std::chrono::milliseconds window = kUndoWindow,
                             QObject* parent = nullptr);

    bool undoable() const { return m_deleted.has_value(); }
    bool held() const { return m_held; }
    void setHeld(bool held);
    QString errorText() const { return m_errorText; }

    Result<void, StoreError> remove(const QUuid& logId);
    Q_INVOKABLE bool undo();

Q_SIGNALS:
    void undoableChanged();
    void heldChanged();
    void errorTextChanged();

private:
    void closeWindow();
    void setErrorText(const QString& text);

    ProfileSession& m_profile;
    QTimer m_window;
    std::optional<CravingLog> m_deleted;
    bool m_held = false;
    QString m_errorText;
};

} // namespace stepstone
