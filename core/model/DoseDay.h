#pragma once

#include "model/Medication.h"

#include <QDate>
#include <QDateTime>
#include <chrono>
#include <optional>
#include <vector>

namespace stepstone {

enum class DoseState {
    Due, // not marked yet, and not long past
    Taken,
    Skipped,
    Missed, // past with no mark: computed, never stored, and the client can still mark it
};

// One scheduled dose of one local day.
struct DoseSlot {
    QUuid medicationId;
    QString medicationName;
    DoseQuantity dose;
    QTime scheduledTime; // the schedule's clock time
    // The instant the device's clock shows the scheduled time that day, with the offset it has
    // then. A time the daylight-saving gap skips is moved forward by the gap (02:30 → 03:30); in
    // the repeated hour it is the instant Qt gives: once either way.
    QDateTime dueAt;
    DoseState state = DoseState::Due;
    std::optional<DoseEvent> mark; // the live mark, when there is one
};

// How long an unmarked dose stays due after its time before it counts as missed.
constexpr std::chrono::hours kDoseStaysDueFor{2};

// The doses of the client's local calendar day `day` on the device's clock: for each medication
// and each clock time of its schedule that day (a clinic-day schedule only on its weekdays; an
// as-needed one never), earliest first, each with its mark among `marks`. A dose before the
// medication was added is never missed, and days before that have none.
std::vector<DoseSlot> dosesOfDay(const std::vector<Medication>& medications,
                                 const std::vector<DoseEvent>& marks, const QDate& day,
                                 const QDateTime& now);

// The instants within which a mark of `day` can lie, whatever offset the client was at when it
// was due (from +14:00 to -12:00).
struct DoseWindow {
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
};
DoseWindow doseWindowOf(const QDate& day);

} // namespace stepstone
