#include "model/DoseDay.h"

#include "common/LocalTime.h"

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
bool marks(const DoseEvent& event, const DoseSlot& slot, const QDate& day) {
    if (event.mark.medicationId != slot.medicationId)
        return false;
    if (event.mark.dueAt.toMSecsSinceEpoch() == slot.dueAt.toMSecsSinceEpoch())
        return true;
    const QDateTime lived = asLived(event.mark.dueAt);
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

// The instant the device's clock shows `time` on `day`. A time the clock skips (02:30 on the
// night daylight saving starts) has no instant in Qt 6.4 (the QDateTime is invalid): the dose
// is then as long after the start of the day as the time says, which moves it forward by the
// gap (03:30 daylight time), as later Qt does by default.
QDateTime dueOn(const QDate& day, const QTime& time) {
    QDateTime due(day, time);
    if (due.isValid())
        return due;
    return day.startOfDay().addMSecs(time.msecsSinceStartOfDay());
}

} // namespace

std::vector<DoseSlot> dosesOfDay(const std::vector<Medication>& medications,
                                 const std::vector<DoseEvent>& marks, const QDate& day,
                                 const QDateTime& now) {
    std::vector<DoseSlot> doses;
    for (const Medication& medication : medications) {
        const MedicationSchedule& schedule = medication.entry.schedule;
        if (!hasSlotsOn(schedule, day))
            continue;
        if (medication.createdAt.isValid() && day < asLived(medication.createdAt).date())
            continue;
        for (const QTime& time : schedule.timesOfDay) {
            DoseSlot slot;
            slot.medicationId = medication.id;
            slot.medicationName = medication.entry.name;
            slot.dose = medication.entry.dose;
            slot.scheduledTime = time;
            slot.dueAt = withLocalOffset(dueOn(day, time));
            // Two clock times the daylight-saving gap makes one instant are one dose that day.
            if (!slot.dueAt.isValid() ||
                (!doses.empty() && doses.back().medicationId == medication.id &&
                 doses.back().dueAt == slot.dueAt))
                continue;
            const auto mark = std::find_if(marks.begin(), marks.end(), [&](const DoseEvent& e) {
                return stepstone::marks(e, slot, day);
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
