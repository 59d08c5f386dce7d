#pragma once

#include "schedule/Notifier.h"
#include "schedule/Reminder.h"

#include <QDateTime>
#include <vector>

namespace stepstone {

// The words of a reminder's notification, in the client's language. Discreet unless the client
// asked for details: then nothing but "Reminder at 15:00", no word of therapy, sessions,
// medicine or cravings, for whoever glances at the screen. The client's and the clinic's words
// are plain text, escaped for the servers that read markup in the body.
namespace reminderWords {

Notification forReminder(const Reminder& reminder, bool detailed, const QDateTime& now);
// One notification for reminders missed while the app was closed.
Notification forMissed(const std::vector<Reminder>& missed);
// The app's page that shows what the reminder is about ("sessions", "checkIn"...).
QString destination(ReminderKind kind);

} // namespace reminderWords

} // namespace stepstone
