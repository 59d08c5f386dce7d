#include "sync/ConsentUpload.h"

#include "sync/CareTeamLookup.h"
#include "sync/FhirClient.h"
#include "sync/mapping/CravingSharingConsentBuilder.h"

namespace stepstone {

// The Consent names its recipient, the client's active care team, which only the server knows.
void ConsentUpload::getReady(FhirClient& client, const SyncRun& run, const Ready& ready) {
    m_recipient.clear();
    client.get(CareTeamLookup::query(run.patientId),
               [this, ready](Result<FhirResponse, FhirError> answer) {
                   if (!answer)
                       return ready(answer.error());
                   auto recipient = CareTeamLookup::recipientFrom(answer->body);
                   if (!recipient)
                       return ready(recipient.error());
                   m_recipient = *recipient;
                   ready(std::nullopt);
               });
}

Result<PreparedItem, StoreError> ConsentUpload::prepare(const Outbox::Entry& queued,
                                                        const QString& patientId) {
    // Cravings are the only category so far; one this app does not know has nothing to send.
    if (queued.recordId != QLatin1String(SharingStore::kCravings))
        return PreparedItem(NothingToSend{});
    auto state = m_sharing.cravings(m_account);
    if (!state)
        return fail(state.error());
    if (state->consentId.isNull())
        return PreparedItem(NothingToSend{});
    if (m_recipient.isEmpty())
        return fail(StoreError{StoreErrorKind::Internal, QStringLiteral("no consent recipient")});
    auto consent = CravingSharingConsentBuilder::build(
        {state->consentId, patientId, m_recipient, state->sharing, state->decidedAt});
    if (!consent)
        return PreparedItem(CannotSend{Outbox::Problem::NotSendable, consent.error().describe()});
    return PreparedItem(UploadItem{queued, QLatin1String(kResourceType),
                                   state->consentId.toString(QUuid::WithoutBraces),
                                   std::move(*consent)});
}

} // namespace stepstone
