#pragma once

#include "common/Result.h"
#include "model/Medication.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>

// How much and when, in FHIR R4 Dosage and Quantity, for the medication mappers (the contract is
// in MedicationStatementMapper.h and MedicationAdministrationMapper.h).
namespace stepstone::fhir {

// Whether `dose` has a FHIR form: a finite number above 0 and a unit that is not blank.
bool isSendableDose(const DoseQuantity& dose);
// Whether `schedule` says when: Daily and ClinicDays need a time, ClinicDays a weekday.
bool isCompleteSchedule(const MedicationSchedule& schedule);

// {"value": 8, "unit": "mg"}.
QJsonObject quantityFrom(const DoseQuantity& dose);
Result<DoseQuantity, MappingError> readQuantity(const QJsonObject& quantity, const QString& path);

// A Dosage with timing.repeat (timeOfDay, dayOfWeek), asNeededBoolean and doseAndRate[0].
QJsonObject dosageFrom(const DoseQuantity& dose, const MedicationSchedule& schedule);

struct Dosage {
    DoseQuantity dose;
    MedicationSchedule schedule;
};
Result<Dosage, MappingError> readDosage(const QJsonObject& dosage, const QString& path);

} // namespace stepstone::fhir
