#include "sync/ConsentUpload.h"

#include "sync/mapping/CravingSharingConsentBuilder.h"

namespace stepstone {

Result<std::optional<UploadItem>, StoreError>
ConsentUpload::itemFor(const SyncOutbox::Entry& queued, const QString& patientId) {
    // Cravings are the only category so far; one this app does not know has nothing to send.
    if (queued.recordId != QLatin1String(SharingStore::kCravings))
        return std::optional<UploadItem>();
    auto state = m_sharing.cravings();
    if (!state)
        return fail(state.error());
    if (state->consentId.isNull())
        return std::optional<UploadItem>();
    if (m_recipient.isEmpty())
        return fail(StoreError{StoreErrorKind::Internal, QStringLiteral("no consent recipient")});
    auto consent = CravingSharingConsentBuilder::build(
        {state->consentId, patientId, m_recipient, state->sharing, state->decidedAt});
    if (!consent)
        return fail(StoreError{StoreErrorKind::Internal, consent.error().detail});
    return std::optional<UploadItem>(UploadItem{queued, QLatin1String(kResourceType),
                                                state->consentId.toString(QUuid::WithoutBraces),
                                                std::move(*consent)});
}

} // namespace stepstone
