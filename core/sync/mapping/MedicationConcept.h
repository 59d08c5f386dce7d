#pragma once

#include "common/Result.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QString>

// A medicine as a CodeableConcept: its name as `text` and, when known, its RxNorm code (RxCUI).
// Shared by MedicationStatement, MedicationAdministration and the clinic's MedicationRequest.
namespace stepstone::fhir {

struct MedicationConcept {
    QString name;
    QString rxNormCode;
};

// The CodeableConcept of `name` (control characters made spaces) and its RxNorm coding when
// `rxNormCode` is set.
QJsonObject medicationConcept(const MedicationConcept& medication);

// resource.medicationCodeableConcept: the name from `text`, or else from the display of its first
// coding; the code of its RxNorm coding if it has one. A medicine without any name is
// MissingField; one given only by medicationReference is WrongType (Stepstone reads no
// Medication resources).
Result<MedicationConcept, MappingError> readMedicationConcept(const QJsonObject& resource,
                                                              const QString& type);

// An RxCUI: 1-12 digits.
bool isRxNormCode(const QString& code);

} // namespace stepstone::fhir
