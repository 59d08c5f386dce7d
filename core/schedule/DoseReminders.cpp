#include "schedule/DoseReminders.h"

#include "model/DoseDay.h"

namespace stepstone {

DoseReminders::DoseReminders(std::vector<Medication> medications, std::vector<DoseEvent> marks)
    : m_medications(std::move(medications))
    , m_marks(std::move(marks)) {}

std::vector<Reminder> DoseReminders::remindersBetween(const QDateTime& from, const QDateTime& to,
                                                      const ReminderSettings& settings) const {
    std::vector<Reminder> reminders;
    if (!settings.dosesOn)
        return reminders;
    const LocalDayRun days = localDaysBetween(from, to);
    for (int i = 0; i < days.count; ++i) {
        const QDate day = days.first.addDays(i);
        for (const DoseSlot& slot : dosesOfDay(m_medications, m_marks, day, from)) {
            if (slot.mark || slot.dueAt < from || slot.dueAt >= to)
                continue;
            Reminder reminder;
            // By the day and clock time of the schedule, so a change of time zone does not
            // remind of the same dose twice.
            reminder.key = QStringLiteral("dose:%1:%2T%3")
                               .arg(slot.medicationId.toString(QUuid::WithoutBraces),
                                    day.toString(Qt::ISODate),
                                    slot.scheduledTime.toString(QStringLiteral("HH:mm")));
            reminder.kind = ReminderKind::Dose;
            reminder.fireAt = slot.dueAt;
            reminder.eventAt = slot.dueAt;
            reminder.relevantUntil =
                slot.dueAt.addSecs(std::chrono::seconds(kDoseStaysDueFor).count());
            reminder.subjectId = slot.medicationId.toString(QUuid::WithoutBraces);
            reminder.detail = slot.medicationName;
            reminders.push_back(std::move(reminder));
        }
    }
    return reminders;
}

} // namespace stepstone
