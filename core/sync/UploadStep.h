#pragma once

#include "sync/FhirClient.h"
#include "sync/SyncStep.h"
#include "sync/TransactionUpload.h"

#include <memory>

namespace stepstone {

// Sends one source's queued records of one clinic account, in transaction Bundles, until none
// are left. A 412 (changed at the clinic) or 404/410 (not there) is resolved once per run: the
// client's version wins. A Bundle the server refuses is split until the record it refuses is
// found; that record is set aside and the others go on.
class UploadStep final : public SyncStep {
public:
    struct Parts {
        Database& db;
        ClinicAccountId account;
        FhirClient& client;
        const Clock& clock;
    };

    UploadStep(Parts parts, std::unique_ptr<UploadSource> source);

    std::span<const ResourceAccess> access() const override { return m_source->access(); }
    void run(SyncRun& run, Done done) override;

private:
    void sendNextBatch();
    void onAnswer(TransactionUpload::Batch batch, Result<FhirResponse, FhirError> answer);
    void resolveConflicts(TransactionUpload::Batch batch, std::size_t index);
    void finish(std::optional<SyncFailure> failure = std::nullopt);

    Parts m_parts;
    std::unique_ptr<UploadSource> m_source;
    TransactionUpload m_upload;
    SyncRun* m_run = nullptr;
    Done m_done;
    bool m_conflictRetried = false;
    int m_chunk = TransactionUpload::kChunkSize;
};

} // namespace stepstone
