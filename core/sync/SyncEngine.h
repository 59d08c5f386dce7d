#pragma once

#include "sync/AppointmentDownload.h"
#include "sync/CravingUpload.h"
#include "sync/FhirClient.h"
#include "sync/RetryPolicy.h"

#include <QObject>
#include <QTimer>

namespace stepstone {

// One sync with the clinic: queued craving logs go up (only while the client shares them),
// then the clinic's sessions come down. Transient failures are retried with backoff; anything
// else stops the run with an error a client can read. Nothing local is ever dropped.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Syncing, WaitingToRetry, SignInNeeded };
    Q_ENUM(State)

    struct Parts {
        Database& db;
        CravingLogStore& cravings;
        SessionStore& sessions;
        FhirClient& client;
        AccessTokenSource& tokens;
        const Clock& clock;
    };

    SyncEngine(Parts parts, RetryPolicy retry, QObject* parent = nullptr);

    // Cravings go up only while this is on; revoking stops future uploads.
    void setCravingSharing(bool on) { m_sharingCravings = on; }
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
    void uploadNextBatch();
    void startDownload();
    void resolveConflicts(CravingUpload::Batch batch, std::size_t index);
    void downloadFrom(const QString& target, QString newest);
    void succeed();
    void failWith(const FhirError& error);
    void failWith(const StoreError& error);
    void setState(State state);

    Parts m_parts;
    RetryPolicy m_retry;
    CravingUpload m_upload;
    AppointmentDownload m_download;
    QTimer m_retryTimer;
    State m_state = State::Idle;
    bool m_sharingCravings = false;
    bool m_runAgain = false;
    bool m_conflictRetried = false;
    // An upload failure does not stop the download; the run still reports it at the end.
    std::optional<FhirError> m_uploadError;
    // Search entries the download could not read: the others are applied, the run reports it.
    int m_unreadEntries = 0;
    int m_failures = 0;
    QDateTime m_lastSynced;
    QString m_lastError;
};

} // namespace stepstone
