#include "sync/CravingUpload.h"

#include "sync/mapping/CravingObservationMapper.h"

namespace stepstone {

Result<std::optional<UploadItem>, StoreError>
CravingUpload::itemFor(const SyncOutbox::Entry& queued, const QString& patientId) {
    auto log = m_logs.find(QUuid::fromString(queued.recordId));
    if (!log)
        return fail(log.error());
    UploadItem item{queued, QLatin1String(kResourceType), queued.recordId, std::nullopt};
    if (!log->deletedAt) {
        auto observation = CravingObservationMapper::toObservation(*log, patientId);
        if (!observation)
            return fail(StoreError{StoreErrorKind::Internal, observation.error().detail});
        item.resource = std::move(*observation);
    }
    return std::optional<UploadItem>(std::move(item));
}

} // namespace stepstone
