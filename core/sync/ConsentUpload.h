#pragma once

#include "store/SharingStore.h"
#include "sync/UploadSource.h"

namespace stepstone {

// The client's sharing choices as Consents (CravingSharingConsentBuilder), PUT
// Consent/<consent id>: the id chosen at the first choice, so every later choice, revoking
// included, updates the same Consent. The recipient is the client's care team, which the sync
// looks up on the server before each upload.
class ConsentUpload final : public UploadSource {
public:
    static constexpr char kResourceType[] = "Consent";

    explicit ConsentUpload(SharingStore& sharing)
        : m_sharing(sharing) {}

    // "CareTeam/<id>".
    void setRecipient(const QString& recipient) { m_recipient = recipient; }

    QString recordType() const override { return QLatin1String(SharingStore::kRecordType); }
    Result<std::optional<UploadItem>, StoreError> itemFor(const SyncOutbox::Entry& queued,
                                                          const QString& patientId) override;

private:
    SharingStore& m_sharing;
    QString m_recipient;
};

} // namespace stepstone
