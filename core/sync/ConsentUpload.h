#pragma once

#include "store/SharingStore.h"
#include "sync/UploadSource.h"

namespace stepstone {

// The client's sharing choices with a clinic account as Consents
// (CravingSharingConsentBuilder), PUT Consent/<consent id>: the id chosen at the first choice,
// so every later choice, revoking included, updates the same Consent. The recipient is the
// client's care team, looked up on the server before each upload.
class ConsentUpload final : public UploadSource {
public:
    static constexpr char kResourceType[] = "Consent";
    static constexpr ResourceAccess kAccess[] = {{kResourceType, "cru"}, {"CareTeam", "s"}};

    ConsentUpload(SharingStore& sharing, ClinicAccountId account)
        : m_sharing(sharing)
        , m_account(account) {}

    QString recordType() const override { return QLatin1String(SharingStore::kRecordType); }
    std::span<const ResourceAccess> access() const override { return kAccess; }
    void getReady(FhirClient& client, const SyncRun& run, const Ready& ready) override;
    Result<PreparedItem, StoreError> prepare(const Outbox::Entry& queued,
                                             const QString& patientId) override;

private:
    SharingStore& m_sharing;
    ClinicAccountId m_account;
    QString m_recipient; // "CareTeam/<id>"
};

} // namespace stepstone
