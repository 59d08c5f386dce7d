#pragma once

#include "common/Clock.h"
#include "store/CravingLogStore.h"
#include "sync/SyncBookkeeping.h"
#include "sync/SyncOutbox.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace stepstone {

// Turns queued craving logs into FHIR transaction Bundles and records what the server
// answered. Ids are the logs' own UUIDs (PUT Observation/<uuid>), so a retried upload never
// makes a second copy; a deleted log becomes a DELETE.
class CravingUpload {
public:
    // The test server (Medplum's limits) refuses transactions of more than 50 updates.
    static constexpr int kChunkSize = 50;
    static constexpr char kResourceType[] = "Observation";

    struct Batch {
        QJsonObject bundle;
        std::vector<SyncOutbox::Entry> entries;
        std::vector<bool> deletes;
        qint64 queuedBeforeMs = 0;
    };

    CravingUpload(Database& db, CravingLogStore& logs, const Clock& clock)
        : m_db(db)
        , m_logs(logs)
        , m_clock(clock) {}

    // The next chunk of queued logs, or nullopt when none are queued.
    Result<std::optional<Batch>, StoreError> nextBatch(const QUrl& fhirBase,
                                                       const QString& patientId);
    // Records the server's versions and takes the batch out of the outbox, in one transaction.
    Result<void, StoreError> accept(const Batch& batch, const QJsonObject& transactionResponse);
    // A delete in the batch of a record the server does not have: done, out of the outbox.
    Result<void, StoreError> acceptAbsent(const Batch& batch, std::size_t index);
    // After a 412: the server's current version (or none) of one record in the batch.
    Result<void, StoreError> rememberServerVersion(const QString& id, const QString& versionId);

private:
    Database& m_db;
    CravingLogStore& m_logs;
    const Clock& m_clock;
};

// "W/\"abc\"" -> "abc".
QString versionFromEtag(const QString& etag);

} // namespace stepstone
