#pragma once

#include "common/Result.h"
#include "model/CheckIn.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace stepstone {

// A daily check-in as the clinic's server holds it.
struct ServerCheckIn {
    QUuid id;
    QDate day;
    CheckInAnswers answers;
    QDateTime answeredAt; // Observation.issued
    QString versionId;
    std::optional<QDateTime> lastUpdated;
};

// A daily check-in <-> one FHIR R4 Observation with a component per answer. This is the contract
// with the clinic:
//
//   id                 the check-in's UUID, lower case without braces; PUT Observation/<uuid>.
//                      A deleted check-in is DELETE Observation/<uuid>.
//   meta.security      the Part 2 labels (PartTwoSecurityLabels)
//   status             final
//   category           observation-category survey
//   code               https://stepstone.example/fhir/CodeSystem/check-in  daily-check-in
//   subject, performer Patient/<patientId>: self-reported
//   effectiveDateTime  the day, "2026-03-01": the client's own calendar day at the offset they
//                      answered at (a date has no offset; the day is what the check-in is about)
//   issued             answeredAt, the latest save, with milliseconds and its offset
//   component          each once:
//     mood             .../CodeSystem/check-in mood, valueInteger 0-10
//     craving          .../CodeSystem/check-in craving, valueInteger 0-10
//     sleep            LOINC 93832-4 "Sleep duration", valueQuantity in UCUM min; left out when
//                      the client did not answer (unanswered is not 0 hours). The code is in the
//                      HL7 Personal Health Record IG's value set pcd-sleep-observation-code
//                      (hl7.org/fhir/uv/phr ValueSet-pcd-sleep-observation-code).
//     used-today       .../CodeSystem/check-in used-today, valueBoolean
//   note[0].text       the one line of note, control characters made spaces; left out when blank
//
// Mood, craving and "used today" are coded in Stepstone's system, as the craving log is: a search
// of the HL7 IGs' LOINC value sets found no code for a client's own 0-10 rating of mood (only
// instrument scores such as PHQ-9 44261-6) or for a yes/no "used today", and fhir-shapes.md §2
// found none for craving scales. Re-check before a clinic relies on them.
//
// Why one Observation with components, not one Observation per answer: the client answers, edits
// and deletes a check-in as one thing on one day. One resource is one PUT and one DELETE, so the
// clinic never holds a half-edited day (today's new mood beside yesterday's sleep), and "used
// today" is never read apart from the craving and mood it was answered with. The price is that
// sleep is a component, not an Observation of its own: the clinic finds it with the R4 search
// parameter component-code=http://loinc.org|93832-4.
//
// Reading back (fromObservation) is strict where a wrong value would change what the client sees:
// a scale outside 0-10, sleep outside 0-24 h or in another unit than min or h (or not whole
// minutes), a missing mood, craving or used-today, an answer given twice, a note over
// CheckInAnswers::kMaxNoteLength or with a line break, a day that is not a full date, a missing
// issued, another patient's subject. It is lenient where the contract may grow: unknown
// components and extra fields are skipped. status amended and corrected read like final;
// entered-in-error is EnteredInError.
namespace CheckInObservationMapper {

Result<QJsonObject, MappingError> toObservation(const CheckIn& checkIn, const QString& patientId);

Result<ServerCheckIn, MappingError> fromObservation(const QJsonObject& observation,
                                                    const QString& patientId);

} // namespace CheckInObservationMapper

} // namespace stepstone
