#include "schedule/CheckInReminders.h"

#include "common/LocalDays.h"

namespace stepstone {

CheckInReminders::CheckInReminders(std::set<QDate> daysCheckedIn)
    : m_daysCheckedIn(std::move(daysCheckedIn)) {}

std::vector<Reminder> CheckInReminders::remindersBetween(const QDateTime& from, const QDateTime& to,
                                                         const ReminderSettings& settings) const {
    std::vector<Reminder> reminders;
    if (!settings.checkInOn || !settings.checkInTime.isValid())
        return reminders;
    const LocalDayRun run = localDaysBetween(from, to);
    const LocalDays days(run.first, run.count + 1);
    for (int i = 0; i < run.count; ++i) {
        const QDate day = run.first.addDays(i);
        const QDateTime at = days.at(day, settings.checkInTime);
        if (m_daysCheckedIn.count(day) || at < from || at >= to)
            continue;
        Reminder reminder;
        // By the local day: once a day, even when a change of time zone repeats the hour.
        reminder.key = QStringLiteral("check-in:%1").arg(day.toString(Qt::ISODate));
        reminder.kind = ReminderKind::CheckIn;
        reminder.fireAt = at;
        reminder.eventAt = at;
        reminder.relevantUntil = days.at(day.addDays(1), QTime(0, 0));
        reminders.push_back(std::move(reminder));
    }
    return reminders;
}

} // namespace stepstone
