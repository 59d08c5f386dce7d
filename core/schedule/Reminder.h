#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace stepstone {

enum class ReminderKind { Session, Dose, CheckIn, Homework };

// One moment the client asked to be reminded of something. Its words (a session's title, a
// medicine's name) are shown only when the client chose detailed reminders.
struct Reminder {
    // Stable across plans, so a reminder is delivered once however often the plan is made: the
    // kind, what it is about and which of its reminders ("session:<id>:<start>:<lead>").
    QString key;
    ReminderKind kind = ReminderKind::Session;
    QDateTime fireAt;  // when it is delivered, at the client's offset then
    QDateTime eventAt; // when the thing itself is: the session's start, the dose's time
    // Until when it is still worth delivering late (a session until it ends, a dose while it
    // stays due); it is dropped after that.
    QDateTime relevantUntil;
    QString subjectId; // the session's or Task's id, the medication's uuid
    QString detail;    // the clinic's or the client's words for it

    friend bool operator==(const Reminder&, const Reminder&) = default;
};

// The codes the store and the notification actions use: session, dose, check-in, homework.
QString codeFor(ReminderKind kind);
std::optional<ReminderKind> reminderKindFromCode(QStringView code);

} // namespace stepstone
