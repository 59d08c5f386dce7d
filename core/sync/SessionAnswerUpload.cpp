#include "sync/SessionAnswerUpload.h"

#include "sync/mapping/AppointmentResponseBuilder.h"

namespace stepstone {

Result<PreparedItem, StoreError> SessionAnswerUpload::prepare(const Outbox::Entry& queued,
                                                              const QString& patientId) {
    auto answer = m_sessions.answerToSend(m_account, queued.recordId);
    if (!answer && answer.error().kind == StoreErrorKind::Corrupt)
        return PreparedItem(CannotSend{Outbox::Problem::Unreadable, answer.error().detail});
    if (!answer)
        return fail(answer.error());
    if (!*answer)
        return PreparedItem(NothingToSend{});
    const QUuid responseId = (*answer)->responseId;
    auto response = AppointmentResponseBuilder::build(
        {responseId, queued.recordId, patientId, (*answer)->answer, {}});
    if (!response)
        return PreparedItem(CannotSend{Outbox::Problem::NotSendable, response.error().describe()});
    return PreparedItem(UploadItem{queued, QLatin1String(kResourceType),
                                   responseId.toString(QUuid::WithoutBraces),
                                   std::move(*response)});
}

Result<void, StoreError> SessionAnswerUpload::recordSent(const UploadItem& item) {
    return m_sessions.answerSent(m_account, item.queued.recordId);
}

} // namespace stepstone
