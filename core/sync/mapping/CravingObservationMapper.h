#pragma once

#include "common/Result.h"
#include "model/CravingLog.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace stepstone {

// A craving log as the clinic's server holds it.
struct ServerCravingLog {
    QUuid id;
    CravingEntry entry;
    std::optional<QDateTime> updatedAt;   // Observation.issued
    QString versionId;                    // meta.versionId, for If-Match on the next upload
    std::optional<QDateTime> lastUpdated; // meta.lastUpdated, the download watermark
};

// A craving log <-> a FHIR R4 Observation. This is the contract with the clinic:
//
//   id                 the log's UUID, lower case without braces; client-assigned, uploaded
//                      with PUT Observation/<uuid>. A deleted log is DELETE Observation/<uuid>,
//                      never a resource, so toObservation refuses a tombstone.
//   meta.security      v3-Confidentiality R, v3-ActCode SUD and 42CFRPart2 (PartTwoSecurityLabels)
//   status             final
//   category           observation-category survey
//   code               https://stepstone.example/fhir/CodeSystem/craving  craving-log
//   subject, performer Patient/<patientId>: self-reported
//   effectiveDateTime  occurredAt, with milliseconds and the offset it was logged in
//   issued             updatedAt: when this version was made available to the clinic (omitted
//                      if the log has none). createdAt is not sent.
//   valueInteger       intensity, 0-10
//   component          codes from the craving system, values as CodeableConcepts:
//     trigger          one per trigger, .../CodeSystem/craving-trigger people | places |
//                      things | feelings | hungry | angry | lonely | tired; the four HALT
//                      triggers say "(HALT)" in their display
//     coping-skill     only when a skill was used: .../CodeSystem/coping-skill with the skill's
//                      catalog id as code. A coding, not a string, so the clinic's system can
//                      count skills; the id is a code, not the client's words.
//     outcome          .../CodeSystem/craving-outcome passed | still-going | used; always sent
//   note[0].text       the client's note as typed (FHIR calls it markdown; nothing is escaped),
//                      except that control characters FHIR strings forbid become spaces;
//                      omitted when empty or only whitespace, which FHIR forbids too
//
// Reading back (fromObservation) is strict where a wrong value would change what the client
// sees: intensity outside 0-10, an unknown outcome, a note over CravingEntry::kMaxNoteLength,
// a missing or partial effectiveDateTime, another patient's subject are errors. It is lenient
// where the contract may grow: unknown components, unknown trigger codes and coping skills
// coded in another system are skipped (so a newer app's trigger does not break an older one),
// and unknown extra fields, meta.security and notes past the first are ignored.
// status amended and corrected read like final; entered-in-error is EnteredInError.
namespace CravingObservationMapper {

Result<QJsonObject, MappingError> toObservation(const CravingLog& log, const QString& patientId);

Result<ServerCravingLog, MappingError> fromObservation(const QJsonObject& observation,
                                                       const QString& patientId);

} // namespace CravingObservationMapper

} // namespace stepstone
