#pragma once

#include "store/SharingStore.h"
#include "sync/ConsentUpload.h"
#include "sync/CravingUpload.h"
#include "sync/FhirClient.h"
#include "sync/RetryPolicy.h"
#include "sync/SessionAnswerUpload.h"
#include "sync/SessionDownload.h"
#include "sync/TransactionUpload.h"

#include <QObject>
#include <QTimer>

namespace stepstone {

// One sync with the clinic. Up go, in this order: the client's sharing choice (a Consent to
// their care team), their answers to sessions, and their craving logs, the last only while the
// client shares cravings at the moment of upload and not in a run whose Consent could not be
// sent. Then the clinic's sessions come down (SessionDownload: changes, deletions, and sessions
// that are no longer this client's). Transient failures are retried with backoff; anything else
// stops the run with an error a client can read. Nothing local is ever dropped.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Syncing, WaitingToRetry, SignInNeeded };
    Q_ENUM(State)

    struct Parts {
        Database& db;
        CravingLogStore& cravings;
        SessionStore& sessions;
        SharingStore& sharing;
        FhirClient& client;
        AccessTokenSource& tokens;
        const Clock& clock;
    };

    SyncEngine(Parts parts, RetryPolicy retry, QObject* parent = nullptr);

    // Starts a run now, or right after the one under way.
    void syncNow();

    State state() const { return m_state; }
    QDateTime lastSynced() const { return m_lastSynced; }
    QString lastError() const { return m_lastError; }
    int consecutiveFailures() const { return m_failures; }

Q_SIGNALS:
    void stateChanged();
    // After each run: whether it reached the end.
    void finished(bool completed);

private:
    enum class Step { Consent, Answers, Cravings };

    void sendConsent();
    void startStep(Step step);
    void finishStep(Step step);
    void uploadNextBatch(Step step);
    void resolveConflicts(Step step, TransactionUpload::Batch batch, std::size_t index);
    void noteUploadError(Step step, const FhirError& error);
    UploadSource& sourceFor(Step step);
    void startDownload();
    void succeed();
    void failWith(const FhirError& error);
    void failWith(const StoreError& error);
    void setState(State state);

    Parts m_parts;
    RetryPolicy m_retry;
    TransactionUpload m_upload;
    ConsentUpload m_consentUpload;
    SessionAnswerUpload m_answerUpload;
    CravingUpload m_cravingUpload;
    SessionDownload m_download;
    QTimer m_retryTimer;
    State m_state = State::Idle;
    bool m_runAgain = false;
    bool m_conflictRetried = false;
    // Set when this run's Consent did not reach the server: cravings wait for the next run.
    bool m_consentHeld = false;
    // An upload failure does not stop the download; the run still reports it at the end.
    std::optional<FhirError> m_uploadError;
    int m_failures = 0;
    QDateTime m_lastSynced;
    QString m_lastError;
};

} // namespace stepstone
