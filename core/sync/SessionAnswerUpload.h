#pragma once

#include "store/SessionStore.h"
#include "sync/UploadSource.h"

namespace stepstone {

// The client's answers to a clinic account's sessions as AppointmentResponses
// (AppointmentResponseBuilder), PUT AppointmentResponse/<response id>: one id per session, so
// a changed answer updates the same response. An answer to a session the clinic has since
// withdrawn is not sent.
class SessionAnswerUpload final : public UploadSource {
public:
    static constexpr char kResourceType[] = "AppointmentResponse";
    static constexpr ResourceAccess kAccess[] = {{kResourceType, "cru"}};

    SessionAnswerUpload(SessionStore& sessions, ClinicAccountId account)
        : m_sessions(sessions)
        , m_account(account) {}

    QString recordType() const override { return QLatin1String(SessionStore::kAnswerRecordType); }
    std::span<const ResourceAccess> access() const override { return kAccess; }
    Result<PreparedItem, StoreError> prepare(const Outbox::Entry& queued,
                                             const QString& patientId) override;
    Result<void, StoreError> recordSent(const UploadItem& item) override;
    void announceSent() override { m_sessions.announceChanges(); }

private:
    SessionStore& m_sessions;
    ClinicAccountId m_account;
};

} // namespace stepstone
