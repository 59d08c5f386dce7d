#include "sync/SyncEngine.h"

namespace stepstone {

SyncEngine::SyncEngine(AccessTokenSource& tokens, const Clock& clock, RetryPolicy retry,
                       QObject* parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_clock(clock)
    , m_retry(retry) {
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::addStep(std::unique_ptr<SyncStep> step) {
    m_steps.push_back(std::move(step));
}

void SyncEngine::syncNow() {
    if (m_state == State::Syncing) {
        m_runAgain = true;
        return;
    }
    m_retryTimer.stop();
    m_run = SyncRun{m_tokens.fhirBase(), m_tokens.patientId(), m_tokens.grantedScopes(), {}};
    m_stepError.reset();
    setState(State::Syncing);
    runStep(0);
}

void SyncEngine::runStep(std::size_t index) {
    if (index == m_steps.size()) {
        if (m_stepError)
            return failWith(*std::exchange(m_stepError, std::nullopt));
        return succeed();
    }
    m_steps[index]->run(m_run, [this, index](std::optional<SyncFailure> failure) {
        if (failure) {
            if (const auto* store = std::get_if<StoreError>(&*failure))
                return failWith(*store);
            const FhirError& error = std::get<FhirError>(*failure);
            if (error.kind == FhirError::Kind::SignInNeeded)
                return failWith(error);
            if (!m_stepError)
                m_stepError = error;
        }
        runStep(index + 1);
    });
}

void SyncEngine::succeed() {
    m_failures = 0;
    m_lastError.clear();
    m_lastSynced = m_clock.now();
    setState(State::Idle);
    Q_EMIT finished(true);
    if (std::exchange(m_runAgain, false))
        syncNow();
}

void SyncEngine::failWith(const FhirError& error) {
    ++m_failures;
    m_lastError = error.message();
    if (error.kind == FhirError::Kind::SignInNeeded) {
        setState(State::SignInNeeded);
    } else if (error.isTransient()) {
        const auto wait = m_retry.delayAfter(m_failures, error.retryAfter);
        m_retryTimer.start(std::chrono::duration_cast<std::chrono::milliseconds>(wait));
        setState(State::WaitingToRetry);
    } else {
        setState(State::Idle);
    }
    m_runAgain = false;
    Q_EMIT finished(false);
}

void SyncEngine::failWith(const StoreError& error) {
    ++m_failures;
    m_lastError = error.message();
    m_runAgain = false;
    setState(State::Idle);
    Q_EMIT finished(false);
}

void SyncEngine::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace stepstone
