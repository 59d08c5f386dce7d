#include "MedicationLabels.h"

#include "ClockText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace stepstone::medicationLabels {

QString problem(MedicationProblem problem) {
    // Plain names: lupdate does not see a message whose count is a qualified name.
    constexpr int maxName = MedicationEntry::kMaxNameLength;
    constexpr int maxTimes = MedicationEntry::kMaxTimesADay;
    constexpr int maxPrescriber = MedicationEntry::kMaxPrescriberLength;
    switch (problem) {
    case MedicationProblem::NameMissing:
        return QCoreApplication::translate("MedicationLabels", "Write the medicine's name.");
    case MedicationProblem::NameTooLong:
        return QCoreApplication::translate("MedicationLabels",
                                           "The name is too long: keep it under %n characters.",
                                           nullptr, maxName);
    case MedicationProblem::DoseMissing:
        return QCoreApplication::translate("MedicationLabels",
                                           "Write the dose, for example 8 mg or 1 film.");
    case MedicationProblem::DoseNotANumber:
        return QCoreApplication::translate(
            "MedicationLabels", "The dose starts with a number, then the unit: 8 mg, 0.5 ml.");
    case MedicationProblem::DoseNotPositive:
        return QCoreApplication::translate("MedicationLabels", "The dose must be more than zero.");
    case MedicationProblem::DoseUnitMissing:
        return QCoreApplication::translate(
            "MedicationLabels", "Add the unit after the number, for example mg, ml or tablet.");
    case MedicationProblem::TimesMissing:
        return QCoreApplication::translate("MedicationLabels",
                                           "Add at least one time of day, for example 08:00.");
    case MedicationProblem::TimeUnreadable:
        return QCoreApplication::translate(
            "MedicationLabels",
            "Write times as hours and minutes, separated by spaces: 08:00 20:00.");
    case MedicationProblem::TooManyTimes:
        return QCoreApplication::translate(
            "MedicationLabels", "Keep it to %n times a day or fewer.", nullptr, maxTimes);
    case MedicationProblem::ClinicDaysMissing:
        return QCoreApplication::translate("MedicationLabels",
                                           "Choose the days you dose at the clinic.");
    case MedicationProblem::RefillDateUnreadable:
        return QCoreApplication::translate(
            "MedicationLabels", "Write the date as year-month-day, for example 2026-12-19.");
    case MedicationProblem::PrescriberTooLong:
        return QCoreApplication::translate(
            "MedicationLabels", "The prescriber's name is too long: keep it under %n characters.",
            nullptr, maxPrescriber);
    }
    return {};
}

QString scheduleKind(ScheduleKind kind) {
    switch (kind) {
    case ScheduleKind::Daily:
        return QCoreApplication::translate("MedicationLabels", "Every day");
    case ScheduleKind::ClinicDays:
        return QCoreApplication::translate("MedicationLabels", "Clinic dosing days");
    case ScheduleKind::AsNeeded:
        return QCoreApplication::translate("MedicationLabels", "When needed");
    }
    return {};
}

QString dose(const DoseQuantity& dose) {
    return QCoreApplication::translate("MedicationLabels", "%1 %2", "a dose: number, unit")
        .arg(QLocale().toString(dose.value, 'g', QLocale::FloatingPointShortest), dose.unit);
}

QString weekday(Qt::DayOfWeek day) {
    return QLocale().dayName(day, QLocale::ShortFormat);
}

QString schedule(const MedicationSchedule& schedule) {
    const QLocale locale;
    QStringList times;
    for (const QTime& time : schedule.timesOfDay)
        times << clockText(time);
    const QString at = locale.createSeparatedList(times);
    switch (schedule.kind) {
    case ScheduleKind::Daily:
        return QCoreApplication::translate("MedicationLabels", "Every day at %1").arg(at);
    case ScheduleKind::ClinicDays: {
        QStringList days;
        for (Qt::DayOfWeek day : schedule.clinicDays)
            days << weekday(day);
        return QCoreApplication::translate("MedicationLabels", "Clinic days (%1) at %2")
            .arg(locale.createSeparatedList(days), at);
    }
    case ScheduleKind::AsNeeded:
        break;
    }
    return scheduleKind(ScheduleKind::AsNeeded);
}

QString refill(const QDate& refillOn, const QDate& today) {
    const QString date = QLocale().toString(refillOn, QLocale::ShortFormat);
    if (refillOn < today)
        return QCoreApplication::translate("MedicationLabels",
                                           "Refill was due %1: it may be time to ask for it.")
            .arg(date);
    return QCoreApplication::translate("MedicationLabels", "Refill on %1").arg(date);
}

QString refillPastNotice() {
    return QCoreApplication::translate(
        "MedicationLabels",
        "This date has passed. If the refill is overdue, it is kept as you wrote it; you can "
        "change it once you have the refill.");
}

QString doseState(DoseState state) {
    switch (state) {
    case DoseState::Due:
        return QCoreApplication::translate("MedicationLabels", "Due");
    case DoseState::Taken:
        return QCoreApplication::translate("MedicationLabels", "Taken");
    case DoseState::Skipped:
        return QCoreApplication::translate("MedicationLabels", "Skipped");
    case DoseState::Missed:
        return QCoreApplication::translate("MedicationLabels", "Not marked");
    }
    return {};
}

} // namespace stepstone::medicationLabels
