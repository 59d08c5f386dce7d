#pragma once

#include "common/Result.h"
#include "model/Medication.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace stepstone {

// A medicine of the client's list as the clinic's server holds it.
struct ServerMedication {
    QUuid id;
    MedicationEntry entry;
    std::optional<QDateTime> updatedAt; // MedicationStatement.dateAsserted
    QString versionId;
    std::optional<QDateTime> lastUpdated;
};

// A medicine of the client's list <-> a FHIR R4 MedicationStatement: "I take this, this way", as
// fhir-shapes.md §3a recommends for the summary of a treatment. This is the contract with the
// clinic:
//
//   id                     the medicine's UUID, lower case without braces; PUT
//                          MedicationStatement/<uuid>. A medicine the client removes is DELETE.
//   meta.security          the Part 2 labels (PartTwoSecurityLabels): MAT is SUD treatment
//   status                 active
//   medicationCodeableConcept  text = the name as the client wrote it; coding RxNorm
//                          (http://www.nlm.nih.gov/research/umls/rxnorm) when rxNormCode is set
//   subject, informationSource  Patient/<patientId>: the client says so
//   basedOn                MedicationRequest/<clinicRequestId> when the medicine follows the
//                          clinic's order
//   dateAsserted           updatedAt, with its offset (left out when there is none)
//   dosage[0]              timing.repeat.timeOfDay: the clock times ("08:00:00"), earliest first;
//                          ClinicDays adds timing.repeat.dayOfWeek (mon..sun); AsNeeded is
//                          asNeededBoolean true (with the times, if the client keeps any);
//                          doseAndRate[0].doseQuantity: value and the client's unit ("mg",
//                          "film") as `unit`, without a UCUM code (a film is no UCUM unit)
//   extension              https://stepstone.example/fhir/StructureDefinition/refill-due
//                          valueDate (the refill date), and .../prescriber valueString (the
//                          prescriber as the client wrote them); each only when set
//
// Reading back (fromMedicationStatement) is strict where a wrong value would change what the
// client sees or is reminded of: a dose that is not a number above 0 or has no unit, a time or a
// weekday that does not parse, a Daily or ClinicDays schedule without times, ClinicDays without
// days, a status other than active, intended or on-hold (entered-in-error is EnteredInError),
// another patient's subject. It is lenient where the contract may grow: dosages past the first,
// unknown extensions and extra fields are ignored; the name falls back to the first coding's
// display.
namespace MedicationStatementMapper {

Result<QJsonObject, MappingError> toMedicationStatement(const Medication& medication,
                                                        const QString& patientId);

Result<ServerMedication, MappingError> fromMedicationStatement(const QJsonObject& statement,
                                                               const QString& patientId);

} // namespace MedicationStatementMapper

} // namespace stepstone
