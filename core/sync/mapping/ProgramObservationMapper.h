#pragma once

#include "common/Result.h"
#include "model/Program.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace stepstone {

// Where the client is in treatment, as the clinic's server holds it.
struct ServerProgram {
    QUuid id;
    ProgramStatus status;
    QDateTime updatedAt; // Observation.effectiveDateTime
    QString versionId;
    std::optional<QDateTime> lastUpdated;
};

// Where the client is in treatment <-> a FHIR R4 Observation. This is the contract with the
// clinic:
//
//   id                 the program record's UUID, lower case without braces; PUT
//                      Observation/<uuid>. A deleted record is DELETE Observation/<uuid>.
//   meta.security      the Part 2 labels (PartTwoSecurityLabels)
//   status             final
//   category           observation-category social-history, as the lapse
//   code               https://stepstone.example/fhir/CodeSystem/program  treatment-program.
//                      The client says which level of care they are in; LOINC has no code for a
//                      self-reported level of care, so the code is Stepstone's own.
//   subject, performer Patient/<patientId>: self-reported
//   effectiveDateTime  updatedAt, with milliseconds and the offset the client changed it at
//   valueCodeableConcept  https://stepstone.example/fhir/CodeSystem/program-level iop
//                      "Intensive outpatient program", outpatient "Standard outpatient" or
//                      aftercare "Aftercare"
//   component          .../CodeSystem/program step-down-date, valueDateTime the day on the
//                      client's calendar ("2026-04-30", no time, no offset); only when there is
//                      one
//
// Reading back (fromObservation) is strict where a wrong value would change what the client sees:
// a level missing or not one of the three, a step-down date that is not a full date or is given
// twice, a step-down date the model refuses (ProgramStatus::isValid: none after aftercare, a year
// from 2000 to 2100), a missing or partial effectiveDateTime, another patient's subject. It is
// lenient where the contract may grow: unknown components, codings of other systems and extra
// fields are skipped. status amended and corrected read like final; entered-in-error is
// EnteredInError.
namespace ProgramObservationMapper {

Result<QJsonObject, MappingError> toObservation(const Program& program, const QString& patientId);

Result<ServerProgram, MappingError> fromObservation(const QJsonObject& observation,
                                                    const QString& patientId);

} // namespace ProgramObservationMapper

} // namespace stepstone
