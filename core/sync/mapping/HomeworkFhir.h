#pragma once

#include "common/Result.h"
#include "model/HomeworkResponse.h"
#include "model/HomeworkTask.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QLatin1String>

// Homework as FHIR R4: the clinic's SDC `sdc-task` Tasks (code complete-questionnaire, the form
// as input `questionnaire`), and the client's QuestionnaireResponses with the change the client
// makes to a Task: status, statusReason and output, nothing else.
namespace stepstone::HomeworkFhir {

// SDC's temporary code system for Task codes, input and output types.
inline constexpr QLatin1String kSdcTaskCodes("http://hl7.org/fhir/uv/sdc/CodeSystem/temp");
// The system of a response's identifier: its value is "urn:uuid:<id>".
inline constexpr QLatin1String kUriSystem("urn:ietf:rfc:3986");

// The search for the patient's homework Tasks.
QString taskSearch(const QString& patientId);
// The search for a response by the identifier the device gave it.
QString responseSearch(const QUuid& id);
QString identifierValue(const QUuid& id);

// A Task of the patient's homework. WrongResource when it is not a complete-questionnaire Task
// owned by (or for) the patient, EnteredInError when the clinic withdrew it, NotListed while it is
// a draft the clinic has not assigned yet; MissingField without a questionnaire input.
Result<HomeworkTask, MappingError> readTask(const QJsonObject& task, const QString& patientId);

// The response as the clinic will hold it: the stored JSON with the fields the device owns set
// (identifier, status, questionnaire, subject, author, authored with the client's offset),
// `id`/`meta` left to the server, and empty strings, arrays and objects left out, as FHIR asks.
Result<QJsonObject, MappingError> toQuestionnaireResponse(const HomeworkResponse& response,
                                                          const QString& patientId);

// The Task as downloaded with only the client's change applied: its current status, the
// client's statusReason when they gave one, and the one output of type questionnaire-response
// pointing at `responseReference` ("QuestionnaireResponse/<id>" or "urn:uuid:<id>").
QJsonObject taskWithClientChange(const HomeworkTask& task, const QString& responseReference);

} // namespace stepstone::HomeworkFhir
