#include "UndoWindow.h"

namespace stepstone {

UndoWindow::UndoWindow(ProfileSession& profile, std::chrono::milliseconds length, QObject* parent)
    : QObject(parent)
    , m_profile(profile) {
    m_window.setSingleShot(true);
    m_window.setInterval(length);
    connect(&m_window, &QTimer::timeout, this, [this] { close(true); });
    connect(&m_profile, &ProfileSession::stateChanged, this, [this] { close(true); });
}

void UndoWindow::setHeld(bool held) {
    if (m_held == held)
        return;
    m_held = held;
    if (m_held)
        m_window.stop();
    else if (m_open)
        m_window.start(); // a whole window again once the client moves on
    Q_EMIT heldChanged();
}

void UndoWindow::opened() {
    setErrorText({});
    if (!m_held)
        m_window.start();
    if (!std::exchange(m_open, true))
        Q_EMIT undoableChanged();
}

void UndoWindow::undone() {
    close(false);
}

void UndoWindow::close(bool stands) {
    m_window.stop();
    setErrorText({});
    if (!std::exchange(m_open, false))
        return;
    forget(stands);
    Q_EMIT undoableChanged();
}

void UndoWindow::setErrorText(const QString& text) {
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stepstone
