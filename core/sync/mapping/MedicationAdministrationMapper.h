#pragma once

#include "common/Result.h"
#include "model/Medication.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace stepstone {

// A dose mark as the clinic's server holds it.
struct ServerDoseEvent {
    QUuid id;
    DoseMark mark;
    QString versionId;
    std::optional<QDateTime> lastUpdated;
};

// The client's mark on one dose <-> a FHIR R4 MedicationAdministration, self-administered, as
// fhir-shapes.md §3a recommends. This is the contract with the clinic:
//
//   id                     the dose event's UUID, lower case without braces; PUT
//                          MedicationAdministration/<uuid>. A mark taken back is DELETE.
//   meta.security          the Part 2 labels (PartTwoSecurityLabels)
//   status                 completed (taken) or not-done (skipped)
//   statusReason[0].text   skipped: the client's reason, when they gave one
//   note[0].text           taken: the client's reason or remark, when they gave one
//   medicationCodeableConcept  the medicine's name and RxNorm code, as in its MedicationStatement
//   subject, performer[0].actor  Patient/<patientId>: the client took it (or did not)
//   supportingInformation[0]  MedicationStatement/<medicine's UUID>: which medicine of the
//                          client's list the dose belongs to
//   effectiveDateTime      the slot the mark is for (dueAt), with its offset. Not the minute the
//                          dose was swallowed: the app asks "your 08:00 dose: taken?", one tap,
//                          often later; writing the tap's time would claim a precision nobody
//                          measured, and a clinic counting adherence counts slots. For a skipped
//                          dose the slot is also the only time there is.
//   request                MedicationRequest/<clinicRequestId> when the medicine follows the
//                          clinic's order
//   dosage.dose            taken: the medicine's dose ({"value": 8, "unit": "mg"}); left out for a
//                          skipped dose, which had none
//
// Reading back (fromMedicationAdministration) is strict where a wrong value would change what the
// client sees: a status other than completed or not-done (entered-in-error is EnteredInError), a
// missing or partial effectiveDateTime, no MedicationStatement in supportingInformation, another
// patient's subject. It is lenient where the contract may grow: extra fields, other supporting
// references and reasons past the first are ignored.
namespace MedicationAdministrationMapper {

// `medication` is the medicine the mark belongs to (event.mark.medicationId).
Result<QJsonObject, MappingError> toMedicationAdministration(const DoseEvent& event,
                                                             const Medication& medication,
                                                             const QString& patientId);

Result<ServerDoseEvent, MappingError>
fromMedicationAdministration(const QJsonObject& administration, const QString& patientId);

} // namespace MedicationAdministrationMapper

} // namespace stepstone
