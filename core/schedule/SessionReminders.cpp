#include "schedule/SessionReminders.h"

#include "common/LocalTime.h"

namespace stepstone {

namespace {

bool goingTo(const Session& session) {
    const bool onTheSchedule =
        session.status == Session::Status::Booked || session.status == Session::Status::Pending;
    return onTheSchedule && session.answer != Session::Answer::NotAttending &&
           session.start.isValid();
}

} // namespace

SessionReminders::SessionReminders(std::vector<Session> sessions)
    : m_sessions(std::move(sessions)) {}

std::vector<Reminder> SessionReminders::remindersBetween(const QDateTime& from, const QDateTime& to,
                                                         const ReminderSettings& settings) const {
    std::vector<Reminder> reminders;
    if (!settings.sessionsOn)
        return reminders;
    for (const Session& session : m_sessions) {
        if (!goingTo(session))
            continue;
        for (int lead : settings.sessionLeadMinutes) {
            const QDateTime fireAt = withLocalOffset(session.start.addSecs(-qint64(lead) * 60));
            if (fireAt < from || fireAt >= to)
                continue;
            Reminder reminder;
            // The start is in the key, so a session moved to another time is reminded of again.
            reminder.key = QStringLiteral("session:%1:%2:%3")
                               .arg(session.id)
                               .arg(session.start.toSecsSinceEpoch())
                               .arg(lead);
            reminder.kind = ReminderKind::Session;
            reminder.fireAt = fireAt;
            reminder.eventAt = withLocalOffset(session.start);
            reminder.relevantUntil = reminder.eventAt;
            reminder.subjectId = session.id;
            reminder.detail = session.title;
            reminders.push_back(std::move(reminder));
        }
    }
    return reminders;
}

} // namespace stepstone
