#pragma once

#include "store/CravingLogStore.h"
#include "store/SharingStore.h"
#include "sync/UploadSource.h"

namespace stepstone {

// Queued craving logs as Observations (CravingObservationMapper), only while the client shares
// cravings with the clinic account and after its Consent went through. Ids are the logs' own
// UUIDs (PUT Observation/<uuid>); a deleted log becomes a DELETE.
class CravingUpload final : public UploadSource {
public:
    static constexpr char kResourceType[] = "Observation";
    // Create, update and delete; read to learn the server's version after a conflict.
    static constexpr ResourceAccess kAccess[] = {{kResourceType, "crud"}};

    CravingUpload(CravingLogStore& logs, SharingStore& sharing, ClinicAccountId account)
        : m_logs(logs)
        , m_sharing(sharing)
        , m_account(account) {}

    QString recordType() const override { return QLatin1String(CravingLogStore::kRecordType); }
    std::span<const ResourceAccess> access() const override { return kAccess; }
    Result<bool, StoreError> mayUpload() const override;
    QString waitsFor() const override { return QLatin1String(SharingStore::kRecordType); }
    Result<PreparedItem, StoreError> prepare(const Outbox::Entry& queued,
                                             const QString& patientId) override;

private:
    CravingLogStore& m_logs;
    SharingStore& m_sharing;
    ClinicAccountId m_account;
};

} // namespace stepstone
