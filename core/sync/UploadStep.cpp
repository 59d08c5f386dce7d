#include "sync/UploadStep.h"

namespace stepstone {

UploadStep::UploadStep(Parts parts, std::unique_ptr<UploadSource> source)
    : m_parts(parts)
    , m_source(std::move(source))
    , m_upload(parts.db, parts.account, parts.clock) {}

void UploadStep::run(SyncRun& run, Done done) {
    m_run = &run;
    m_done = std::move(done);
    m_conflictRetried = false;
    m_chunk = TransactionUpload::kChunkSize;
    // What it waits for has its own error to tell; these records simply wait for the next run.
    if (const QString first = m_source->waitsFor();
        !first.isEmpty() && run.unsent.contains(first)) {
        run.unsent.insert(m_source->recordType());
        return finish();
    }
    auto allowed = m_source->mayUpload();
    if (!allowed)
        return finish(allowed.error());
    auto queued = Outbox(m_parts.db).pending(m_parts.account, m_source->recordType(), 1);
    if (!queued)
        return finish(queued.error());
    if (!*allowed || queued->empty())
        return finish();
    // Only what the client is about to send needs the clinic's permission.
    if (auto missing = missingAccess(run, access()))
        return finish(*missing);
    m_source->getReady(m_parts.client, run, [this](std::optional<FhirError> problem) {
        if (problem)
            return finish(*problem);
        sendNextBatch();
    });
}

void UploadStep::sendNextBatch() {
    // Read before every batch: the client may stop sharing while a run is under way.
    auto allowed = m_source->mayUpload();
    if (!allowed)
        return finish(allowed.error());
    if (!*allowed)
        return finish();
    auto batch = m_upload.nextBatch(*m_source, m_run->fhirBase, m_run->patientId, m_chunk);
    if (!batch)
        return finish(batch.error());
    if (!batch->has_value())
        return finish();
    TransactionUpload::Batch pending = std::move(**batch);
    const QJsonObject bundle = pending.bundle;
    m_parts.client.postBundle(bundle, [this, pending = std::move(pending)](
                                          Result<FhirResponse, FhirError> answer) mutable {
        onAnswer(std::move(pending), std::move(answer));
    });
}

void UploadStep::onAnswer(TransactionUpload::Batch batch, Result<FhirResponse, FhirError> answer) {
    if (!answer) {
        const FhirError& error = answer.error();
        // 412: a record changed at the clinic. 404/410: a record the batch deletes or updates is
        // not there (a DELETE of what the clinic never received fails the transaction).
        const bool resolvable =
            error.kind == FhirError::Kind::Conflict || error.kind == FhirError::Kind::Gone;
        if (resolvable && !m_conflictRetried) {
            m_conflictRetried = true;
            return resolveConflicts(std::move(batch), 0);
        }
        if (error.kind != FhirError::Kind::Rejected)
            return finish(error);
        // A transaction fails whole: halve it until the one record refused stands alone.
        if (batch.items.size() > 1) {
            m_chunk = int(batch.items.size() / 2);
            return sendNextBatch();
        }
        if (auto setAside = m_upload.setAside(batch.items.front(), Outbox::Problem::Refused);
            !setAside)
            return finish(setAside.error());
        m_chunk = TransactionUpload::kChunkSize;
        return sendNextBatch();
    }
    if (auto accepted = m_upload.accept(*m_source, batch, answer->body); !accepted)
        return finish(FhirError{FhirError::Kind::Malformed, answer->httpStatus, std::nullopt,
                                accepted.error().detail});
    sendNextBatch();
}

// Everything uploaded is the client's own: after a 412 the client's version still wins. Learn
// the server's current version of each record in the batch, then send the batch again. A delete
// of a record the server does not have is already done.
void UploadStep::resolveConflicts(TransactionUpload::Batch batch, std::size_t index) {
    if (index == batch.items.size())
        return sendNextBatch();
    const UploadItem item = batch.items[index];
    m_parts.client.get(
        item.resourceType + u'/' + item.id, [this, batch = std::move(batch), index, item](
                                                Result<FhirResponse, FhirError> current) mutable {
            if (!current && current.error().kind != FhirError::Kind::Gone)
                return finish(current.error());
            const QString version =
                current ? versionFromEtag(QString::fromLatin1(current->etag)) : QString();
            auto kept = !current && !item.resource ? m_upload.acceptAbsent(*m_source, batch, index)
                                                   : m_upload.rememberServerVersion(item, version);
            if (!kept)
                return finish(kept.error());
            resolveConflicts(std::move(batch), index + 1);
        });
}

void UploadStep::finish(std::optional<SyncFailure> failure) {
    if (failure)
        m_run->unsent.insert(m_source->recordType());
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(failure));
}

} // namespace stepstone
