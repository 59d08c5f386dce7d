#include "model/Medication.h"

#include <algorithm>
#include <cmath>

namespace stepstone {

namespace {

bool isScheduleValid(const MedicationSchedule& schedule) {
    if (schedule.kind == ScheduleKind::AsNeeded)
        return schedule.timesOfDay.empty() && schedule.clinicDays.empty();
    const auto& times = schedule.timesOfDay;
    const bool timesValid =
        !times.empty() && int(times.size()) <= MedicationEntry::kMaxTimesADay &&
        std::all_of(times.begin(), times.end(), [](const QTime& t) { return t.isValid(); }) &&
        std::adjacent_find(times.begin(), times.end(), std::greater_equal<>()) == times.end();
    if (schedule.kind == ScheduleKind::Daily)
        return timesValid && schedule.clinicDays.empty();
    const auto& days = schedule.clinicDays;
    return timesValid && !days.empty() &&
           std::adjacent_find(days.begin(), days.end(), std::greater_equal<>()) == days.end() &&
           days.front() >= Qt::Monday && days.back() <= Qt::Sunday;
}

} // namespace

QString codeFor(ScheduleKind kind) {
    switch (kind) {
    case ScheduleKind::Daily:
        return QStringLiteral("daily");
    case ScheduleKind::ClinicDays:
        return QStringLiteral("clinic-days");
    case ScheduleKind::AsNeeded:
        break;
    }
    return QStringLiteral("as-needed");
}

std::optional<ScheduleKind> scheduleKindFromCode(QStringView code) {
    for (ScheduleKind kind :
         {ScheduleKind::Daily, ScheduleKind::ClinicDays, ScheduleKind::AsNeeded})
        if (codeFor(kind) == code)
            return kind;
    return std::nullopt;
}

QString codeFor(DoseOutcome outcome) {
    return outcome == DoseOutcome::Taken ? QStringLiteral("taken") : QStringLiteral("skipped");
}

std::optional<DoseOutcome> doseOutcomeFromCode(QStringView code) {
    for (DoseOutcome outcome : {DoseOutcome::Taken, DoseOutcome::Skipped})
        if (codeFor(outcome) == code)
            return outcome;
    return std::nullopt;
}

bool MedicationEntry::isValid() const {
    return !name.trimmed().isEmpty() && name.size() <= kMaxNameLength &&
           std::isfinite(dose.value) && dose.value > 0 && !dose.unit.trimmed().isEmpty() &&
           prescriber.size() <= kMaxPrescriberLength && (!refillOn || refillOn->isValid()) &&
           isScheduleValid(schedule);
}

bool DoseMark::isValid() const {
    return !medicationId.isNull() && dueAt.isValid() && reason.size() <= kMaxReasonLength &&
           !reason.contains(u'\n');
}

} // namespace stepstone
