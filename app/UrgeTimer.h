#pragma once

#include "QmlSingleton.h"
#include "common/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>

namespace stepstone {

// "Urges rise and pass": a calm 20 minutes the client can start, pause, resume and end, with
// one of their own coping steps at a time. Time comes from core's Clock, so a paused phone, a
// slow frame or a test's clock all count the same; the ticker only asks QML to look again.
// One for the app, so that leaving the help page to call someone does not stop it.
class UrgeTimer : public QObject, public QmlSingleton<UrgeTimer> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int totalSeconds READ totalSeconds CONSTANT)
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY ticked)
    // 0 at the start, 1 when the 20 minutes are up.
    Q_PROPERTY(qreal progress READ progress NOTIFY ticked)
    // "18:05": minutes and seconds left.
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY ticked)
    // The client's coping step to try now; empty when their plan has none.
    Q_PROPERTY(QString step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool hasNextStep READ hasNextStep NOTIFY stepChanged)

public:
    enum class State { Idle, Running, Paused, Finished };
    Q_ENUM(State)

    static constexpr int kTotalSeconds = 20 * 60;

    explicit UrgeTimer(const Clock& clock, QObject* parent = nullptr);

    State state() const { return m_state; }
    int totalSeconds() const { return kTotalSeconds; }
    int remainingSeconds() const;
    qreal progress() const;
    QString remainingText() const;
    QString step() const;
    bool hasNextStep() const { return m_steps.size() > 1; }

    // The client's coping steps, in their order (their plan's, which may change while it runs).
    void setSteps(const QStringList& steps);

    Q_INVOKABLE void start();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void end();
    Q_INVOKABLE void nextStep();
    // Reads the clock again; the ticker calls it each second.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void stateChanged();
    void ticked();
    void stepChanged();

private:
    qint64 elapsedMs() const;
    void setState(State state);

    const Clock& m_clock;
    QTimer m_ticker;
    State m_state = State::Idle;
    qint64 m_elapsedBeforeMs = 0; // run time before the last resume
    QDateTime m_runningSince;
    QStringList m_steps;
    int m_stepIndex = 0;
};

} // namespace stepstone
