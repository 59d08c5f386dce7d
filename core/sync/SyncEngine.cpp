#include "sync/SyncEngine.h"

#include <QJsonArray>

namespace stepstone {

SyncEngine::SyncEngine(Parts parts, RetryPolicy retry, QObject* parent)
    : QObject(parent)
    , m_parts(parts)
    , m_retry(retry)
    , m_upload(parts.db, parts.cravings, parts.clock)
    , m_download(parts.db, parts.sessions) {
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

void SyncEngine::syncNow() {
    if (m_state == State::Syncing) {
        m_runAgain = true;
        return;
    }
    m_retryTimer.stop();
    m_conflictRetried = false;
    m_uploadError.reset();
    m_unreadEntries = 0;
    setState(State::Syncing);
    uploadNextBatch();
}

void SyncEngine::startDownload() {
    auto first = m_download.firstQuery(m_parts.tokens.patientId());
    if (!first)
        return failWith(first.error());
    downloadFrom(*first, {});
}

void SyncEngine::uploadNextBatch() {
    if (!m_sharingCravings)
        return startDownload();
    auto batch = m_upload.nextBatch(m_parts.tokens.fhirBase(), m_parts.tokens.patientId());
    if (!batch)
        return failWith(batch.error());
    if (!batch->has_value())
        return startDownload();
    CravingUpload::Batch pending = std::move(**batch);
    const QJsonObject bundle = pending.bundle;
    m_parts.client.postBundle(bundle, [this, pending = std::move(pending)](
                                          Result<FhirResponse, FhirError> answer) mutable {
        // 412: a record changed at the clinic. 404/410: a record the batch deletes or updates
        // is not there (a DELETE of what the clinic never received fails the transaction).
        const bool resolvable = !answer && (answer.error().kind == FhirError::Kind::Conflict ||
                                            answer.error().kind == FhirError::Kind::Gone);
        if (resolvable && !m_conflictRetried) {
            m_conflictRetried = true;
            return resolveConflicts(std::move(pending), 0);
        }
        if (!answer && answer.error().kind == FhirError::Kind::SignInNeeded)
            return failWith(answer.error());
        if (!answer) {
            m_uploadError = answer.error();
            return startDownload();
        }
        if (auto accepted = m_upload.accept(pending, answer->body); !accepted) {
            m_uploadError = FhirError{FhirError::Kind::Malformed, answer->httpStatus, std::nullopt,
                                      accepted.error().detail};
            return startDownload();
        }
        uploadNextBatch();
    });
}

// Craving logs are the client's own: after a 412 the client's version still wins. Learn the
// server's current version of each record in the batch, then send the batch again. A delete
// of a record the server does not have is already done.
void SyncEngine::resolveConflicts(CravingUpload::Batch batch, std::size_t index) {
    if (index == batch.entries.size())
        return uploadNextBatch();
    const QString id = batch.entries[index].recordId;
    m_parts.client.get(QLatin1String(CravingUpload::kResourceType) + u'/' + id,
                       [this, batch = std::move(batch), index,
                        id](Result<FhirResponse, FhirError> current) mutable {
                           if (!current && current.error().kind != FhirError::Kind::Gone)
                               return failWith(current.error());
                           const QString version =
                               current ? versionFromEtag(QString::fromLatin1(current->etag))
                                       : QString();
                           auto kept = !current && batch.deletes[index]
                                           ? m_upload.acceptAbsent(batch, index)
                                           : m_upload.rememberServerVersion(id, version);
                           if (!kept)
                               return failWith(kept.error());
                           resolveConflicts(std::move(batch), index + 1);
                       });
}

void SyncEngine::downloadFrom(const QString& target, QString newest) {
    m_parts.client.get(target, [this, newest = std::move(newest)](
                                   Result<FhirResponse, FhirError> answer) mutable {
        if (!answer)
            return failWith(answer.error());
        if (answer->body.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle"))
            return failWith(FhirError{FhirError::Kind::Malformed, answer->httpStatus, std::nullopt,
                                      QStringLiteral("search did not return a Bundle")});
        auto page = m_download.apply(answer->body, m_parts.tokens.patientId());
        if (!page)
            return failWith(page.error());
        m_unreadEntries += page->skipped;
        if (!page->newestLastUpdated.isEmpty())
            newest = page->newestLastUpdated;
        if (!page->next.isEmpty())
            return downloadFrom(page->next, std::move(newest));
        if (auto finished = m_download.finish(newest); !finished)
            return failWith(finished.error());
        if (m_uploadError)
            return failWith(*std::exchange(m_uploadError, std::nullopt));
        if (m_unreadEntries > 0)
            return failWith(
                FhirError{FhirError::Kind::Malformed, answer->httpStatus, std::nullopt,
                          QStringLiteral("%1 unreadable entries").arg(m_unreadEntries)});
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
