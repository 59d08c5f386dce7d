#include "sync/SyncEngine.h"

#include "sync/CareTeamLookup.h"

namespace stepstone {

SyncEngine::SyncEngine(Parts parts, RetryPolicy retry, QObject* parent)
    : QObject(parent)
    , m_parts(parts)
    , m_retry(retry)
    , m_upload(parts.db, parts.clock)
    , m_consentUpload(parts.sharing)
    , m_answerUpload(parts.sessions)
    , m_cravingUpload(parts.cravings)
    , m_download({parts.db, parts.sessions, parts.client, parts.clock}) {
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

void SyncEngine::syncNow() {
    if (m_state == State::Syncing) {
        m_runAgain = true;
        return;
    }
    m_retryTimer.stop();
    m_consentHeld = false;
    m_uploadError.reset();
    setState(State::Syncing);
    sendConsent();
}

// The Consent names its recipient, the client's active care team, which only the server knows.
void SyncEngine::sendConsent() {
    auto queued = SyncOutbox(m_parts.db).pending(m_consentUpload.recordType(), 1);
    if (!queued)
        return failWith(queued.error());
    if (queued->empty())
        return startStep(Step::Answers);
    m_parts.client.get(CareTeamLookup::query(m_parts.tokens.patientId()),
                       [this](Result<FhirResponse, FhirError> answer) {
                           if (!answer && answer.error().kind == FhirError::Kind::SignInNeeded)
                               return failWith(answer.error());
                           auto recipient = answer
                                                ? CareTeamLookup::recipientFrom(answer->body)
                                                : Result<QString, FhirError>(fail(answer.error()));
                           if (!recipient) {
                               noteUploadError(Step::Consent, recipient.error());
                               return finishStep(Step::Consent);
                           }
                           m_consentUpload.setRecipient(*recipient);
                           startStep(Step::Consent);
                       });
}

void SyncEngine::startStep(Step step) {
    m_conflictRetried = false;
    uploadNextBatch(step);
}

void SyncEngine::finishStep(Step step) {
    switch (step) {
    case Step::Consent:
        return startStep(Step::Answers);
    case Step::Answers:
        return startStep(Step::Cravings);
    case Step::Cravings:
        break;
    }
    startDownload();
}

UploadSource& SyncEngine::sourceFor(Step step) {
    switch (step) {
    case Step::Consent:
        return m_consentUpload;
    case Step::Answers:
        return m_answerUpload;
    case Step::Cravings:
        break;
    }
    return m_cravingUpload;
}

void SyncEngine::noteUploadError(Step step, const FhirError& error) {
    if (step == Step::Consent)
        m_consentHeld = true;
    if (!m_uploadError)
        m_uploadError = error;
}

void SyncEngine::uploadNextBatch(Step step) {
    if (step == Step::Cravings) {
        // Read before every batch: the client may stop sharing while a run is under way.
        auto sharing = m_parts.sharing.cravings();
        if (!sharing)
            return failWith(sharing.error());
        if (!sharing->sharing || m_consentHeld)
            return finishStep(step);
    }
    UploadSource& source = sourceFor(step);
    auto batch = m_upload.nextBatch(source, m_parts.tokens.fhirBase(), m_parts.tokens.patientId());
    if (!batch)
        return failWith(batch.error());
    if (!batch->has_value())
        return finishStep(step);
    TransactionUpload::Batch pending = std::move(**batch);
    const QJsonObject bundle = pending.bundle;
    m_parts.client.postBundle(bundle, [this, step, pending = std::move(pending)](
                                          Result<FhirResponse, FhirError> answer) mutable {
        // 412: a record changed at the clinic. 404/410: a record the batch deletes or updates
        // is not there (a DELETE of what the clinic never received fails the transaction).
        const bool resolvable = !answer && (answer.error().kind == FhirError::Kind::Conflict ||
                                            answer.error().kind == FhirError::Kind::Gone);
        if (resolvable && !m_conflictRetried) {
            m_conflictRetried = true;
            return resolveConflicts(step, std::move(pending), 0);
        }
        if (!answer && answer.error().kind == FhirError::Kind::SignInNeeded)
            return failWith(answer.error());
        if (!answer) {
            noteUploadError(step, answer.error());
            return finishStep(step);
        }
        if (auto accepted = m_upload.accept(sourceFor(step), pending, answer->body); !accepted) {
            noteUploadError(step, FhirError{FhirError::Kind::Malformed, answer->httpStatus,
                                            std::nullopt, accepted.error().detail});
            return finishStep(step);
        }
        uploadNextBatch(step);
    });
}

// Everything uploaded is the client's own: after a 412 the client's version still wins. Learn
// the server's current version of each record in the batch, then send the batch again. A delete
// of a record the server does not have is already done.
void SyncEngine::resolveConflicts(Step step, TransactionUpload::Batch batch, std::size_t index) {
    if (index == batch.items.size())
        return uploadNextBatch(step);
    const UploadItem item = batch.items[index];
    m_parts.client.get(
        item.resourceType + u'/' + item.id, [this, step, batch = std::move(batch), index, item](
                                                Result<FhirResponse, FhirError> current) mutable {
            if (!current && current.error().kind != FhirError::Kind::Gone)
                return failWith(current.error());
            const QString version =
                current ? versionFromEtag(QString::fromLatin1(current->etag)) : QString();
            auto kept = !current && !item.resource
                            ? m_upload.acceptAbsent(sourceFor(step), batch, index)
                            : m_upload.rememberServerVersion(item, version);
            if (!kept)
                return failWith(kept.error());
            resolveConflicts(step, std::move(batch), index + 1);
        });
}

void SyncEngine::startDownload() {
    m_download.run(
        m_parts.tokens.patientId(), [this](std::optional<SessionDownload::Failure> failure) {
            if (failure)
                return std::visit([this](const auto& error) { failWith(error); }, *failure);
            if (m_uploadError)
                return failWith(*std::exchange(m_uploadError, std::nullopt));
            succeed();
        });
}

void SyncEngine::succeed() {
    m_failures = 0;
    m_lastError.clear();
    m_lastSynced = m_parts.clock.now();
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
