#pragma once

#include "common/Result.h"
#include "schedule/ReminderPlanner.h"
#include "store/StoreError.h"

namespace stepstone {

class Profile;

// The planner for a profile's reminders as of `now`: its settings and check-in time, and a
// snapshot of what it reminds of (the current clinic account's sessions and homework, the
// medicines and their marks, the check-ins, the snoozes) from a catch-up window ago on.
Result<ReminderPlanner, StoreError> remindersOf(Profile& profile, const QDateTime& now);

} // namespace stepstone
