#include "sync/CravingUpload.h"

#include "sync/mapping/CravingObservationMapper.h"

namespace stepstone {

Result<bool, StoreError> CravingUpload::mayUpload() const {
    auto sharing = m_sharing.cravings(m_account);
    if (!sharing)
        return fail(sharing.error());
    return sharing->sharing;
}

Result<PreparedItem, StoreError> CravingUpload::prepare(const Outbox::Entry& queued,
                                                        const QString& patientId) {
    auto log = m_logs.find(QUuid::fromString(queued.recordId));
    if (!log) {
        switch (log.error().kind) {
        case StoreErrorKind::NotFound:
            return PreparedItem(NothingToSend{});
        case StoreErrorKind::Corrupt:
            return PreparedItem(CannotSend{Outbox::Problem::Unreadable, log.error().detail});
        default:
            return fail(log.error());
        }
    }
    UploadItem item{queued, QLatin1String(kResourceType), queued.recordId, std::nullopt};
    if (!log->deletedAt) {
        auto observation = CravingObservationMapper::toObservation(*log, patientId);
        if (!observation)
            return PreparedItem(
                CannotSend{Outbox::Problem::NotSendable, observation.error().describe()});
        item.resource = std::move(*observation);
    }
    return PreparedItem(std::move(item));
}

} // namespace stepstone
