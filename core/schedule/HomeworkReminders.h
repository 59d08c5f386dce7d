#pragma once

#include "model/HomeworkTask.h"
#include "schedule/ReminderSource.h"

namespace stepstone {

// On the morning of the day homework is due, at the time the client chose, for each Task still
// to do that has a date.
class HomeworkReminders final : public ReminderSource {
public:
    explicit HomeworkReminders(std::vector<HomeworkTask> tasks);

    std::vector<Reminder> remindersBetween(const QDateTime& from, const QDateTime& to,
                                           const ReminderSettings& settings) const override;

private:
    std::vector<HomeworkTask> m_tasks;
};

} // namespace stepstone
