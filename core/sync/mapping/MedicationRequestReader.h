#pragma once

#include "common/Result.h"
#include "model/ClinicMedication.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>

namespace stepstone {

// The clinic's MedicationRequest -> a ClinicMedication the app shows read-only. What it reads:
//
//   id, meta.versionId         the clinic's id (a FHIR id) and version
//   status                     active or on-hold are listed; stopped, completed, cancelled, draft
//                              and unknown are NotListed (the clinic no longer gives it);
//                              entered-in-error is EnteredInError
//   subject                    Patient/<patientId>, or WrongResource
//   medicationCodeableConcept  the name (text, else the first coding's display) and the RxNorm
//                              code; a medicationReference alone is WrongType (not read)
//   dosageInstruction[0].text  the instructions, if any
//   requester.display          the prescriber, if named
//   authoredOn                 its day as written (the clinic's own date), if given to the day
//
// Text is the clinic's, kept as data: control characters become spaces, and a name over 200
// characters, instructions over 1000 or a prescriber over 200 are OutOfRange rather than cut,
// so nothing the clinic wrote is shown half. Unknown fields are ignored.
namespace MedicationRequestReader {

inline constexpr qsizetype kMaxNameLength = 200;
inline constexpr qsizetype kMaxDosageTextLength = 1000;
inline constexpr qsizetype kMaxPrescriberLength = 200;

Result<ClinicMedication, MappingError> fromMedicationRequest(const QJsonObject& request,
                                                             const QString& patientId);

} // namespace MedicationRequestReader

} // namespace stepstone
