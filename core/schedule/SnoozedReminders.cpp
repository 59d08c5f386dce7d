#include "schedule/SnoozedReminders.h"

#include "common/LocalTime.h"

namespace stepstone {

SnoozedReminders::SnoozedReminders(std::vector<SnoozedReminder> snoozed)
    : m_snoozed(std::move(snoozed)) {}

std::vector<Reminder> SnoozedReminders::remindersBetween(const QDateTime& from, const QDateTime& to,
                                                         const ReminderSettings&) const {
    std::vector<Reminder> reminders;
    for (const SnoozedReminder& snoozed : m_snoozed) {
        if (snoozed.until < from || snoozed.until >= to)
            continue;
        Reminder again = snoozed.reminder;
        again.key = QStringLiteral("snoozed:%1@%2")
                        .arg(snoozed.reminder.key)
                        .arg(snoozed.until.toSecsSinceEpoch());
        again.fireAt = withLocalOffset(snoozed.until);
        reminders.push_back(std::move(again));
    }
    return reminders;
}

} // namespace stepstone
