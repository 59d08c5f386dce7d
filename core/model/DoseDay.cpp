#include "model/DoseDay.h"

#include "common/LocalDays.h"

#include <algorithm>

namespace stepstone {

namespace {

constexpr int kFurthestEast = 14 * 3600;
constexpr int kFurthestWest = 12 * 3600;

bool hasSlotsOn(const MedicationSchedule& schedule, const QDate& day) {
    switch (schedule.kind) {
    case ScheduleKind::Daily:
        return true;
    case ScheduleKind::ClinicDays:
        return std::find(schedule.clinicDays.begin(), schedule.clinicDays.end(),
                         Qt::DayOfWeek(day.dayOfWeek())) != schedule.clinicDays.end();
    case ScheduleKind::AsNeeded:
        break;
    }
    return false;
}

// A mark belongs to the slot it was made for: the same instant, or, once the client has moved
// to another time zone, the same clock time of the same day as they lived it.
bool marks(const DoseEvent& event, const DoseSlot& slot, const LocalDays& days, const QDate& day) {
    if (event.mark.medicationId != slot.medicationId)
        return false;
    if (event.mark.dueAt.toMSecsSinceEpoch() == slot.dueAt.toMSecsSinceEpoch())
        return true;
    const QDateTime lived = days.asLived(event.mark.dueAt);
    return lived.date() == day && lived.time() == slot.scheduledTime;
}

DoseState stateOf(const DoseSlot& slot, const Medication& medication, const QDateTime& now) {
    if (slot.mark)
        return slot.mark->mark.outcome == DoseOutcome::Taken ? DoseState::Taken
                                                             : DoseState::Skipped;
    const bool longPast = slot.dueAt.addSecs(std::chrono::seconds(kDoseStaysDueFor).count()) < now;
    const bool scheduledThen =
        !medication.createdAt.isValid() || slot.dueAt >= medication.createdAt;
    return longPast && scheduledThen ? DoseState::Missed : DoseState::Due;
}

} // namespace

std::vector<DoseSlot> dosesOfDay(const std::vector<Medication>& medications,
                                 const std::vector<DoseEvent>& marks, const QDate& day,
                                 const QDateTime& now) {
    // The marks of the day lie within a day either side of it (see doseWindowOf).
    const LocalDays localDays(day.addDays(-1), 3);
    std::vector<DoseSlot> doses;
    for (const Medication& medication : medications) {
        const MedicationSchedule& schedule = medication.entry.schedule;
        if (!hasSlotsOn(schedule, day))
            continue;
        if (medication.createdAt.isValid() && day < localDays.asLived(medication.createdAt).date())
            continue;
        for (const QTime& time : schedule.timesOfDay) {
            DoseSlot slot;
            slot.medicationId = medication.id;
            slot.medicationName = medication.entry.name;
            slot.dose = medication.entry.dose;
            slot.scheduledTime = time;
            slot.dueAt = localDays.at(day, time);
            // Two clock times the daylight-saving gap makes one instant are one dose that day.
            if (!slot.dueAt.isValid() ||
                (!doses.empty() && doses.back().medicationId == medication.id &&
                 doses.back().dueAt == slot.dueAt))
                continue;
            const auto mark = std::find_if(marks.begin(), marks.end(), [&](const DoseEvent& e) {
                return stepstone::marks(e, slot, localDays, day);
            });
            if (mark != marks.end())
                slot.mark = *mark;
            slot.state = stateOf(slot, medication, now);
            doses.push_back(std::move(slot));
        }
    }
    std::stable_sort(doses.begin(), doses.end(),
                     [](const DoseSlot& a, const DoseSlot& b) { return a.dueAt < b.dueAt; });
    return doses;
}

DoseWindow doseWindowOf(const QDate& day) {
    // The day as lived at the furthest offsets east (+14:00) and west (-12:00).
    const QDateTime midnight(day, QTime(0, 0), Qt::UTC);
    return {midnight.addSecs(-kFurthestEast), midnight.addDays(1).addSecs(kFurthestWest)};
}

} // namespace stepstone
