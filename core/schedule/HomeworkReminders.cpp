#include "schedule/HomeworkReminders.h"

#include "common/LocalDays.h"
#include "model/HomeworkDue.h"

namespace stepstone {

namespace {

bool toDo(const HomeworkTask& task) {
    const QString status = task.currentStatus();
    return status == u"requested" || status == u"received" || status == u"accepted" ||
           status == u"ready" || status == u"in-progress";
}

} // namespace

HomeworkReminders::HomeworkReminders(std::vector<HomeworkTask> tasks)
    : m_tasks(std::move(tasks)) {}

std::vector<Reminder> HomeworkReminders::remindersBetween(const QDateTime& from,
                                                          const QDateTime& to,
                                                          const ReminderSettings& settings) const {
    std::vector<Reminder> reminders;
    if (!settings.homeworkOn || !settings.homeworkTime.isValid())
        return reminders;
    for (const HomeworkTask& task : m_tasks) {
        if (!toDo(task))
            continue;
        const HomeworkDue due = homeworkDue(task.due, from);
        if (due.state == HomeworkDue::State::Undated)
            continue;
        const LocalDays days(due.day, 2);
        const QDateTime at = days.at(due.day, settings.homeworkTime);
        if (at < from || at >= to)
            continue;
        Reminder reminder;
        reminder.key = QStringLiteral("homework:%1:%2").arg(task.id, task.due);
        reminder.kind = ReminderKind::Homework;
        reminder.fireAt = at;
        reminder.eventAt = at;
        reminder.relevantUntil = days.at(due.day.addDays(1), QTime(0, 0));
        reminder.subjectId = task.id;
        reminder.detail = task.description;
        reminders.push_back(std::move(reminder));
    }
    return reminders;
}

} // namespace stepstone
