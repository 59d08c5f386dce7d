#include "JournalDeletion.h"

namespace stepstone {

JournalDeletion::JournalDeletion(ProfileSession& profile, std::chrono::milliseconds window,
                                 QObject* parent)
    : QObject(parent)
    , m_profile(profile) {
    m_window.setSingleShot(true);
    m_window.setInterval(window);
    connect(&m_window, &QTimer::timeout, this, &JournalDeletion::closeWindow);
    // What was deleted belongs to the profile that was open.
    connect(&m_profile, &ProfileSession::stateChanged, this, &JournalDeletion::closeWindow);
}

void JournalDeletion::setHeld(bool held) {
    if (m_held == held)
        return;
    m_held = held;
    if (m_held)
        m_window.stop();
    else if (undoable())
        m_window.start(); // a whole window again once the client moves on
    Q_EMIT heldChanged();
}

Result<void, StoreError> JournalDeletion::remove(const QUuid& entryId) {
    JournalStore* store = m_profile.journal();
    if (!store)
        return fail(StoreError{StoreErrorKind::NotFound, QStringLiteral("no open profile")});
    auto entry = store->find(entryId);
    if (!entry)
        return fail(entry.error());
    auto versions = store->versions(entryId);
    if (!versions)
        return fail(versions.error());
    if (auto removed = store->remove(entryId); !removed)
        return removed;
    const bool wasUndoable = undoable();
    m_deleted = Deleted{std::move(*entry), std::move(*versions)};
    setErrorText({});
    if (!m_held)
        m_window.start();
    if (!wasUndoable)
        Q_EMIT undoableChanged();
    return {};
}

bool JournalDeletion::undo() {
    JournalStore* store = m_profile.journal();
    if (!store || !m_deleted)
        return false;
    if (auto restored = store->restore(m_deleted->entry, m_deleted->versions); !restored) {
        setErrorText(restored.error().message());
        return false;
    }
    m_deleted.reset();
    closeWindow();
    Q_EMIT undoableChanged();
    return true;
}

void JournalDeletion::closeWindow() {
    m_window.stop();
    setErrorText({});
    if (!m_deleted)
        return;
    m_deleted.reset();
    // The delete stands: its words now leave the search index's older segments too.
    if (Profile* profile = m_profile.profile())
        profile->journalIndexPurge().request();
    Q_EMIT undoableChanged();
}

void JournalDeletion::setErrorText(const QString& text) {
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stepstone
