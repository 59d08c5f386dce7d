#pragma once

#include "common/Result.h"
#include "model/Lapse.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace stepstone {

// A lapse as the clinic's server holds it.
struct ServerLapse {
    QUuid id;
    LapseEntry entry;
    std::optional<QDateTime> updatedAt; // Observation.issued
    QString versionId;
    std::optional<QDateTime> lastUpdated;
};

// A lapse <-> a FHIR R4 Observation. This is the contract with the clinic:
//
//   id                 the lapse's UUID, lower case without braces; PUT Observation/<uuid>. A
//                      deleted lapse is DELETE Observation/<uuid>.
//   meta.security      the Part 2 labels (PartTwoSecurityLabels)
//   status             final
//   category           observation-category social-history, where a clinic's record keeps use
//   code               https://stepstone.example/fhir/CodeSystem/lapse  lapse. No LOINC code
//                      says "the client recorded a use" without a substance, a quantity or a
//                      screening instrument, so the code is Stepstone's own.
//   subject, performer Patient/<patientId>: self-reported
//   effectiveDateTime  occurredAt, with milliseconds and the offset the client lived it at
//   issued             updatedAt (left out when the lapse has none)
//   note               the client's words as typed, control characters made spaces, each
//                      Annotation marked by the extension
//                      https://stepstone.example/fhir/StructureDefinition/lapse-note with
//                      valueCode what-happened or next-time ("what I'll try next time"); a blank
//                      one is left out. The clinician's screen shows both as notes; the app
//                      tells them apart by the extension, never by their order.
//   There is no value: the Observation is the event.
//
// Reading back (fromObservation) is strict where a wrong value would change what the client sees:
// a missing or partial effectiveDateTime, a text over LapseEntry::kMaxTextLength, a kind given
// twice, another patient's subject. It is lenient where the contract may grow: notes without the
// extension (a clinician's) and kinds it does not know are skipped, and extra fields ignored.
// status amended and corrected read like final; entered-in-error is EnteredInError.
namespace LapseObservationMapper {

Result<QJsonObject, MappingError> toObservation(const Lapse& lapse, const QString& patientId);

Result<ServerLapse, MappingError> fromObservation(const QJsonObject& observation,
                                                  const QString& patientId);

} // namespace LapseObservationMapper

} // namespace stepstone
