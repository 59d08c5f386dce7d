#pragma once

#include "model/CheckIn.h"
#include "model/Lapse.h"
#include "model/Medication.h"
#include "model/Meeting.h"
#include "model/Program.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
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

// In the intensive program, stepping down to standard outpatient at the end of April.
inline Program sampleProgram() {
    Program program;
    program.id = QUuid::createUuid();
    program.status.level = ProgramLevel::Iop;
    program.status.stepDownOn = QDate(2026, 4, 30);
    program.updatedAt = at(2026, 3, 3, 18, 45, -7 * 3600, 333);
    return program;
}

// A weekly meeting with every field set, a link and text a clinic's screen must not read as
// markup.
inline Meeting sampleMeeting() {
    Meeting meeting;
    meeting.id = QUuid::createUuid();
    meeting.details.name = QString::fromUtf8("Martes de esperanza — NA <b>open</b>");
    meeting.details.kind = MeetingKind::TwelveStep;
    meeting.details.weekday = Qt::Tuesday;
    meeting.details.timeOfDay = QTime(19, 30);
    meeting.details.place = QStringLiteral("St. Mark's hall, room 2 (side door)");
    meeting.details.link = QStringLiteral("https://meet.example/j/4821?pwd=x7");
    meeting.details.note = QString::fromUtf8("Bring the sponsor list; café after 😊");
    meeting.createdAt = at(2026, 2, 10, 20, 0, -5 * 3600);
    meeting.updatedAt = at(2026, 2, 12, 8, 15, -5 * 3600, 42);
    return meeting;
}

// A meeting's CarePlan with activity[0].detail changed by `change`, for tests that bend or break
// one field of it.
template <class Change> QJsonObject withMeetingDetail(QJsonObject carePlan, Change change) {
    QJsonArray activities = carePlan[QLatin1String("activity")].toArray();
    QJsonObject activity = activities[0].toObject();
    QJsonObject detail = activity[QLatin1String("detail")].toObject();
    change(detail);
    activity[QLatin1String("detail")] = detail;
    activities[0] = activity;
    carePlan[QLatin1String("activity")] = activities;
    return carePlan;
}

// The same for activity[0].detail.scheduledTiming.repeat.
template <class Change> QJsonObject withMeetingRepeat(const QJsonObject& carePlan, Change change) {
    return withMeetingDetail(carePlan, [&](QJsonObject& detail) {
        QJsonObject timing = detail[QLatin1String("scheduledTiming")].toObject();
        QJsonObject repeat = timing[QLatin1String("repeat")].toObject();
        change(repeat);
        timing[QLatin1String("repeat")] = repeat;
        detail[QLatin1String("scheduledTiming")] = timing;
    });
}

} // namespace stepstone::test
