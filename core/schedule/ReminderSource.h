#pragma once

#include "schedule/Reminder.h"
#include "schedule/ReminderSettings.h"

#include <QDateTime>
#include <vector>

namespace stepstone {

// One kind of thing the client is reminded of, read from a snapshot of its records. A new kind
// of reminder is one more of these, handed to the planner.
class ReminderSource {
public:
    virtual ~ReminderSource() = default;

    // Its reminders whose time falls within [from, to), as `settings` ask, before quiet hours.
    virtual std::vector<Reminder> remindersBetween(const QDateTime& from, const QDateTime& to,
                                                   const ReminderSettings& settings) const = 0;
};

// The client's local days that [from, to) touches, for sources whose reminders are at a clock
// time of each day.
struct LocalDayRun {
    QDate first;
    int count = 0;
};
LocalDayRun localDaysBetween(const QDateTime& from, const QDateTime& to);

} // namespace stepstone
