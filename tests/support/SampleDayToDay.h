#pragma once

#include "model/CheckIn.h"
#include "model/Lapse.h"
#include "model/Medication.h"

#include <QDateTime>
#include <QUuid>

// Day-to-day records of issue 11 with every field set, for the mapper tests, the FHIR schema
// samples (day_to_day_samples) and the round trip through the test clinic. Times carry offsets
// that are not the machine's, minutes that are not whole hours, and milliseconds.
namespace stepstone::test {

inline QDateTime at(int year, int month, int day, int hour, int minute, int offsetSeconds,
                    int ms = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute, 0, ms), Qt::OffsetFromUTC,
                     offsetSeconds);
}

inline CheckIn sampleCheckIn() {
    CheckIn checkIn;
    checkIn.id = QUuid::createUuid();
    checkIn.day = QDate(2026, 3, 1);
    checkIn.answers.mood = 6;
    checkIn.answers.craving = 3;
    checkIn.answers.sleepMinutes = 7 * 60 + 15;
    checkIn.answers.usedToday = false;
    checkIn.answers.note =
        QString::fromUtf8("Slept badly, ¡pero fui al grupo! 😮‍💨 <b>ok</b>");
    checkIn.answeredAt = at(2026, 3, 1, 23, 30, -5 * 3600, 250);
    checkIn.createdAt = at(2026, 3, 1, 21, 0, -5 * 3600);
    return checkIn;
}

inline Lapse sampleLapse() {
    Lapse lapse;
    lapse.id = QUuid::createUuid();
    lapse.entry.occurredAt = at(2026, 3, 7, 0, 30, 5 * 3600 + 1800, 125);
    lapse.entry.whatHappened = QString::fromUtf8("Payday, old friends at the bar — tensión.");
    lapse.entry.nextTime = QStringLiteral("Call Sam before payday; go straight home.");
    lapse.createdAt = at(2026, 3, 7, 9, 0, 5 * 3600 + 1800);
    lapse.updatedAt = at(2026, 3, 7, 9, 5, 5 * 3600 + 1800, 7);
    return lapse;
}

// Buprenorphine/naloxone once a day, following the clinic's MedicationRequest.
inline Medication sampleDailyMedication() {
    Medication medication;
    medication.id = QUuid::createUuid();
    medication.entry.name = QStringLiteral("Buprenorphine/naloxone 8 mg/2 mg film");
    medication.entry.dose = {1, QStringLiteral("film")};
    medication.entry.schedule.kind = ScheduleKind::Daily;
    medication.entry.schedule.timesOfDay = {QTime(8, 0), QTime(20, 30)};
    medication.entry.refillOn = QDate(2026, 3, 20);
    medication.entry.prescriber = QStringLiteral("Dr. Priya Shah");
    medication.entry.rxNormCode = QStringLiteral("1010604");
    medication.entry.clinicRequestId = QStringLiteral("alex-rivera-buprenorphine-naloxone");
    medication.createdAt = at(2026, 2, 20, 10, 0, -6 * 3600);
    medication.updatedAt = at(2026, 2, 21, 10, 0, -6 * 3600, 500);
    return medication;
}

// Methadone dosed at the clinic on Monday, Wednesday and Friday.
inline Medication sampleClinicDaysMedication() {
    Medication medication;
    medication.id = QUuid::createUuid();
    medication.entry.name = QStringLiteral("Methadone oral concentrate");
    medication.entry.dose = {80, QStringLiteral("mg")};
    medication.entry.schedule.kind = ScheduleKind::ClinicDays;
    medication.entry.schedule.timesOfDay = {QTime(7, 45)};
    medication.entry.schedule.clinicDays = {Qt::Monday, Qt::Wednesday, Qt::Friday};
    medication.createdAt = at(2026, 2, 1, 7, 0, 3600);
    medication.updatedAt = at(2026, 2, 1, 7, 0, 3600);
    return medication;
}

inline Medication sampleAsNeededMedication() {
    Medication medication;
    medication.id = QUuid::createUuid();
    medication.entry.name = QStringLiteral("Hydroxyzine");
    medication.entry.dose = {25.5, QStringLiteral("mg")};
    medication.entry.schedule.kind = ScheduleKind::AsNeeded;
    medication.createdAt = at(2026, 2, 1, 7, 0, 0);
    medication.updatedAt = at(2026, 2, 1, 7, 0, 0);
    return medication;
}

inline DoseEvent sampleDose(const Medication& medication, DoseOutcome outcome,
                            const QString& reason = {}) {
    DoseEvent event;
    event.id = QUuid::createUuid();
    event.mark.medicationId = medication.id;
    event.mark.dueAt = at(2026, 3, 2, 8, 0, -5 * 3600);
    event.mark.outcome = outcome;
    event.mark.reason = reason;
    event.recordedAt = at(2026, 3, 2, 9, 12, -5 * 3600);
    event.updatedAt = event.recordedAt;
    return event;
}

} // namespace stepstone::test
