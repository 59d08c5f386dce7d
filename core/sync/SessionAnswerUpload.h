#pragma once

#include "store/SessionStore.h"
#include "sync/UploadSource.h"

namespace stepstone {

// The client's answers to sessions as AppointmentResponses (AppointmentResponseBuilder), PUT
// AppointmentResponse/<response id>: one id per session, so a changed answer updates the same
// response. An answer to a session the clinic has since withdrawn is not sent.
class SessionAnswerUpload final : public UploadSource {
public:
    static constexpr char kResourceType[] = "AppointmentResponse";

    explicit SessionAnswerUpload(SessionStore& sessions)
        : m_sessions(sessions) {}

    QString recordType() const override { return QLatin1String(SessionStore::kAnswerRecordType); }
    Result<std::optional<UploadItem>, StoreError> itemFor(const SyncOutbox::Entry& queued,
                                                          const QString& patientId) override;
    Result<void, StoreError> recordSent(const UploadItem& item) override;
    void announceSent() override { m_sessions.announceChanges(); }

private:
    SessionStore& m_sessions;
};

} // namespace stepstone
