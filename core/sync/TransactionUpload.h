#pragma once

#include "common/Clock.h"
#include "model/ClinicAccount.h"
#include "store/Database.h"
#include "sync/UploadSource.h"

#include <QJsonObject>
#include <QUrl>
#include <optional>
#include <vector>

namespace stepstone {

// Turns one clinic account's queued records of one source into FHIR transaction Bundles and
// records what the server answered: PUT with the record's client-assigned id and If-Match on
// the last version the server gave us, DELETE for a deleted record. Every accepted record leaves
// the outbox and enters the sent log in one transaction. A record the source cannot send is set
// aside on the way.
class TransactionUpload {
public:
    // The test server (Medplum's limits) refuses transactions of more than 50 updates.
    static constexpr int kChunkSize = 50;

    struct Batch {
        QJsonObject bundle;
        std::vector<UploadItem> items;
        qint64 queuedBeforeMs = 0;
    };

    TransactionUpload(Database& db, ClinicAccountId account, const Clock& clock)
        : m_db(db)
        , m_account(account)
        , m_clock(clock) {}

    // The next chunk (at most `limit`) of the source's queued records, or nullopt when none are
    // queued.
    Result<std::optional<Batch>, StoreError> nextBatch(UploadSource& source, const QUrl& fhirBase,
                                                       const QString& patientId,
                                                       int limit = kChunkSize);
    // Records the server's versions and takes the batch out of the outbox, in one transaction.
    Result<void, StoreError> accept(UploadSource& source, const Batch& batch,
                                    const QJsonObject& transactionResponse);
    // A deleted record the server does not have (it never received it, or its answer was lost):
    // the delete is done; it leaves the outbox.
    Result<void, StoreError> acceptAbsent(UploadSource& source, const Batch& batch,
                                          std::size_t index);
    // After a 412: the server's current version (empty: none) of one record in a batch.
    Result<void, StoreError> rememberServerVersion(const UploadItem& item,
                                                   const QString& versionId);
    // The server refuses this record whatever else comes with it.
    Result<void, StoreError> setAside(const UploadItem& item, Outbox::Problem problem);

private:
    Result<std::vector<UploadItem>, StoreError> nextItems(UploadSource& source,
                                                          const QString& patientId, int limit);

    Database& m_db;
    ClinicAccountId m_account;
    const Clock& m_clock;
};

// "W/\"abc\"" -> "abc".
QString versionFromEtag(const QString& etag);

} // namespace stepstone
