#pragma once

#include "store/CravingLogStore.h"
#include "sync/UploadSource.h"

namespace stepstone {

// Queued craving logs as Observations (CravingObservationMapper). Ids are the logs' own UUIDs
// (PUT Observation/<uuid>); a deleted log becomes a DELETE.
class CravingUpload final : public UploadSource {
public:
    static constexpr char kResourceType[] = "Observation";

    explicit CravingUpload(CravingLogStore& logs)
        : m_logs(logs) {}

    QString recordType() const override { return QLatin1String(CravingLogStore::kRecordType); }
    Result<std::optional<UploadItem>, StoreError> itemFor(const SyncOutbox::Entry& queued,
                                                          const QString& patientId) override;

private:
    CravingLogStore& m_logs;
};

} // namespace stepstone
