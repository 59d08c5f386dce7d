#pragma once

#include "catalog/PlanQuestionnaire.h"
#include "common/Result.h"
#include "model/RelapsePlan.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace stepstone {

// A plan as a clinic's server holds it.
struct ServerPlan {
    QUuid id;
    PlanContent content;
    std::optional<QDateTime> authored;
};

// The client's relapse-prevention plan <-> a FHIR R4 QuestionnaireResponse answering the
// built-in plan Questionnaire (assets/relapse-prevention-plan.json). The contract:
//
//   id             the plan's UUID, lower case without braces (client-assigned, PUT). An erased
//                  plan is DELETE QuestionnaireResponse/<uuid>, never a resource.
//   meta.security  v3-Confidentiality R, v3-ActCode SUD and 42CFRPart2 (PartTwoSecurityLabels)
//   questionnaire  the Questionnaire's canonical "url|version"
//   status         completed
//   subject, author  Patient/<patientId>
//   authored       updatedAt, with milliseconds and the offset the client saved it at
//   item           one per section with something in it, in the Questionnaire's order; an empty
//                  section has no item (FHIR allows no empty answer):
//     a list       { linkId, text, answer: [ { valueString }, ... ] } in the client's order
//     a group      one item per person (a repeating group repeats the item, not the answer):
//                  { linkId, text, item: [ { linkId: "<section>.name", answer: [valueString] },
//                  phone and when-to-call likewise, each only when written } ]
//   Texts go as written, except that control characters FHIR strings forbid become spaces; a
//   phone goes as written too ("call mom" included): only the app decides what it can dial.
//
// Reading back is strict on what would change what the client sees (another Questionnaire,
// another patient, a person without a name, a wrong JSON type) and lenient where the plan may
// grow: items with a linkId this Questionnaire does not have are skipped.
namespace PlanResponseMapper {

Result<QJsonObject, MappingError> toQuestionnaireResponse(const RelapsePlan& plan,
                                                          const PlanQuestionnaire& questionnaire,
                                                          const QString& patientId);

Result<ServerPlan, MappingError> fromQuestionnaireResponse(const QJsonObject& response,
                                                           const PlanQuestionnaire& questionnaire,
                                                           const QString& patientId);

} // namespace PlanResponseMapper

} // namespace stepstone
