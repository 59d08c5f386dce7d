#pragma once

#include "auth/AccessTokenSource.h"
#include "common/Clock.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncStep.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace stepstone {

// One sync with a clinic account: its steps, in the order they were added (SyncSteps lists
// them: what goes up, then what comes down). A step that fails does not stop the ones after it;
// the run then ends with the first step's error a client can read. Transient failures are
// retried with backoff. The client having to sign in again, or the device's storage failing,
// stops the run at once. Nothing local is ever dropped.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Syncing, WaitingToRetry, SignInNeeded };
    Q_ENUM(State)

    SyncEngine(AccessTokenSource& tokens, const Clock& clock, RetryPolicy retry,
               QObject* parent = nullptr);
    ~SyncEngine() override;

    void addStep(std::unique_ptr<SyncStep> step);

    // Starts a run now, or right after the one under way.
    void syncNow();

    State state() const { return m_state; }
    QDateTime lastSynced() const { return m_lastSynced; }
    QString lastError() const { return m_lastError; }
    int consecutiveFailures() const { return m_failures; }

Q_SIGNALS:
    void stateChanged();
    // After each run: whether it reached the end without an error.
    void finished(bool completed);

private:
    void runStep(std::size_t index);
    void succeed();
    void failWith(const FhirError& error);
    void failWith(const StoreError& error);
    void setState(State state);

    AccessTokenSource& m_tokens;
    const Clock& m_clock;
    RetryPolicy m_retry;
    std::vector<std::unique_ptr<SyncStep>> m_steps;
    SyncRun m_run;
    // The first step error of the run; the steps after it still run.
    std::optional<FhirError> m_stepError;
    QTimer m_retryTimer;
    State m_state = State::Idle;
    bool m_runAgain = false;
    int m_failures = 0;
    QDateTime m_lastSynced;
    QString m_lastError;
};

} // namespace stepstone
