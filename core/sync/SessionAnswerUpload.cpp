#include "sync/SessionAnswerUpload.h"

#include "sync/mapping/AppointmentResponseBuilder.h"

namespace stepstone {

Result<std::optional<UploadItem>, StoreError>
SessionAnswerUpload::itemFor(const SyncOutbox::Entry& queued, const QString& patientId) {
    auto answer = m_sessions.answerToSend(queued.recordId);
    if (!answer)
        return fail(answer.error());
    if (!*answer)
        return std::optional<UploadItem>();
    const QUuid responseId = (*answer)->responseId;
    auto response = AppointmentResponseBuilder::build(
        {responseId, queued.recordId, patientId, (*answer)->answer, {}});
    if (!response)
        return fail(StoreError{StoreErrorKind::Internal, response.error().detail});
    return std::optional<UploadItem>(UploadItem{queued, QLatin1String(kResourceType),
                                                responseId.toString(QUuid::WithoutBraces),
                                                std::move(*response)});
}

Result<void, StoreError> SessionAnswerUpload::recordSent(const UploadItem& item) {
    return m_sessions.answerSent(item.queued.recordId);
}

} // namespace stepstone
