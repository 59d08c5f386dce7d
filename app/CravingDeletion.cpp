#include "CravingDeletion.h"

namespace stepstone {

CravingDeletion::CravingDeletion(ProfileSession& profile, std::chrono::milliseconds window,
                                 QObject* parent)
    : QObject(parent)
    , m_profile(profile) {
    m_window.setSingleShot(true);
    m_window.setInterval(window);
    connect(&m_window, &QTimer::timeout, this, &CravingDeletion::closeWindow);
    // What was deleted belongs to the profile that was open.
    connect(&m_profile, &ProfileSession::stateChanged, this, &CravingDeletion::closeWindow);
}

void CravingDeletion::setHeld(bool held) {
    if (m_held == held)
        return;
    m_held = held;
    if (m_held)
        m_window.stop();
    else if (undoable())
        m_window.start(); // a whole window again once the client moves on
    Q_EMIT heldChanged();
}

Result<void, StoreError> CravingDeletion::remove(const QUuid& logId) {
    CravingLogStore* store = m_profile.cravingLogs();
    if (!store)
        return fail(StoreError{StoreErrorKind::NotFound, QStringLiteral("no open profile")});
    auto log = store->find(logId);
    if (!log)
        return fail(log.error());
    if (auto removed = store->remove(logId); !removed)
        return removed;
    const bool wasUndoable = undoable();
    m_deleted = std::move(*log);
    setErrorText({});
    if (!m_held)
        m_window.start();
    if (!wasUndoable)
        Q_EMIT undoableChanged();
    return {};
}

bool CravingDeletion::undo() {
    CravingLogStore* store = m_profile.cravingLogs();
    if (!store || !m_deleted)
        return false;
    if (auto restored = store->restore(m_deleted->id, m_deleted->entry); !restored) {
        setErrorText(restored.error().message());
        return false;
    }
    closeWindow();
    return true;
}

void CravingDeletion::closeWindow() {
    m_window.stop();
    setErrorText({});
    if (!m_deleted)
        return;
    m_deleted.reset();
    Q_EMIT undoableChanged();
}

void CravingDeletion::setErrorText(const QString& text) {
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stepstone
