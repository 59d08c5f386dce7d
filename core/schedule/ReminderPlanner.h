#pragma once

#include "schedule/ReminderSource.h"

#include <chrono>
#include <functional>
#include <memory>

namespace stepstone {

// What to deliver at one moment.
struct DueReminders {
    std::vector<Reminder> toDeliver; // one notification each, soonest first
    // Two or more reminders whose time passed while the app was not running (or the computer
    // slept) and that still matter: one summary for them all, not a burst.
    std::vector<Reminder> missed;
    // Every reminder whose time has come, delivered or not worth delivering any more: to be
    // recorded, so no later plan delivers it again.
    std::vector<Reminder> handled;
    QDateTime nextAt; // when the next reminder is, or invalid when none is planned soon
};

// Turns the client's records and settings into the moments to remind them at. It keeps no
// state: the plan is made again from the records whenever they, the settings, the time zone or
// the clock change, and what was delivered is the caller's record, by reminder key.
class ReminderPlanner {
public:
    // How late a reminder may be delivered as itself rather than in a catch-up summary.
    static constexpr std::chrono::minutes kOnTime{5};
    // How far back a catch-up looks.
    static constexpr std::chrono::days kCatchUpDays{8};
    // How far ahead nextAt looks.
    static constexpr std::chrono::days kLookAhead{2};

    ReminderPlanner(std::vector<std::unique_ptr<ReminderSource>> sources,
                    ReminderSettings settings);

    // The reminders within [from, to) once quiet hours have moved them, soonest first. One that
    // quiet hours would move past the moment it stops mattering is left out.
    std::vector<Reminder> plan(const QDateTime& from, const QDateTime& to) const;

    // What is due at `now` of the reminders after `since` (when reminders began) that
    // `delivered` does not know yet.
    DueReminders due(const QDateTime& since, const std::function<bool(const QString&)>& delivered,
                     const QDateTime& now) const;

    const ReminderSettings& settings() const { return m_settings; }

private:
    std::vector<std::unique_ptr<ReminderSource>> m_sources;
    ReminderSettings m_settings;
};

} // namespace stepstone
