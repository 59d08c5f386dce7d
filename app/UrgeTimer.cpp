#include "UrgeTimer.h"

#include <algorithm>

namespace stepstone {

namespace {
constexpr qint64 kTotalMs = qint64(UrgeTimer::kTotalSeconds) * 1000;
constexpr int kTickMs = 250; // a second never shows late by more than a quarter
} // namespace

UrgeTimer::UrgeTimer(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &UrgeTimer::refresh);
}

qint64 UrgeTimer::elapsedMs() const {
    qint64 elapsed = m_elapsedBeforeMs;
    if (m_state == State::Running)
        elapsed += std::max<qint64>(0, m_runningSince.msecsTo(m_clock.now()));
    return std::min(elapsed, kTotalMs);
}

int UrgeTimer::remainingSeconds() const {
    // Rounded up: "0:00" shows only once the time is really up.
    return int((kTotalMs - elapsedMs() + 999) / 1000);
}

qreal UrgeTimer::progress() const {
    return qreal(elapsedMs()) / qreal(kTotalMs);
}

QString UrgeTimer::remainingText() const {
    const int seconds = remainingSeconds();
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString UrgeTimer::step() const {
    return m_steps.isEmpty() ? QString() : m_steps.at(m_stepIndex % m_steps.size());
}

void UrgeTimer::setSteps(const QStringList& steps) {
    if (m_steps == steps)
        return;
    const QString current = step();
    m_steps = steps;
    // Keep showing the same step when it is still there.
    m_stepIndex = std::max(0, int(m_steps.indexOf(current)));
    Q_EMIT stepChanged();
}

void UrgeTimer::start() {
    m_elapsedBeforeMs = 0;
    m_runningSince = m_clock.now();
    m_stepIndex = 0;
    m_ticker.start();
    setState(State::Running);
    Q_EMIT stepChanged();
    Q_EMIT ticked();
}

void UrgeTimer::pause() {
    if (m_state != State::Running)
        return;
    m_elapsedBeforeMs = elapsedMs();
    m_ticker.stop();
    setState(State::Paused);
    Q_EMIT ticked();
}

void UrgeTimer::resume() {
    if (m_state != State::Paused)
        return;
    m_runningSince = m_clock.now();
    m_ticker.start();
    setState(State::Running);
}

void UrgeTimer::end() {
    m_ticker.stop();
    m_elapsedBeforeMs = 0;
    setState(State::Idle);
    Q_EMIT ticked();
}

void UrgeTimer::nextStep() {
    if (m_steps.size() < 2)
        return;
    m_stepIndex = (m_stepIndex + 1) % int(m_steps.size());
    Q_EMIT stepChanged();
}

void UrgeTimer::refresh() {
    if (m_state == State::Running && elapsedMs() >= kTotalMs) {
        m_elapsedBeforeMs = kTotalMs;
        m_ticker.stop();
        setState(State::Finished);
    }
    Q_EMIT ticked();
}

void UrgeTimer::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace stepstone
