#pragma once

#include "schedule/ReminderSource.h"

namespace stepstone {

// A delivered reminder the client asked to hear of again later.
struct SnoozedReminder {
    Reminder reminder; // as it was delivered
    QDateTime until;

    friend bool operator==(const SnoozedReminder&, const SnoozedReminder&) = default;
};

// The reminders the client snoozed, each again at the end of its snooze while it still matters.
class SnoozedReminders final : public ReminderSource {
public:
    explicit SnoozedReminders(std::vector<SnoozedReminder> snoozed);

    std::vector<Reminder> remindersBetween(const QDateTime& from, const QDateTime& to,
                                           const ReminderSettings& settings) const override;

private:
    std::vector<SnoozedReminder> m_snoozed;
};

} // namespace stepstone
