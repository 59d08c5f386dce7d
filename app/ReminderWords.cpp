#include "ReminderWords.h"

#include "ClockText.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepstone::reminderWords {

namespace {

// For the texts marked with QT_TRANSLATE_NOOP in the "ReminderWords" context.
QString translated(const char* text) {
    return QCoreApplication::translate("ReminderWords", text);
}

// "Reminder at 15:00", "Reminder for tomorrow at 15:00", "Reminder for Sunday 6 December at 15:00"
// and their detailed kin, by the client's calendar day of the event.
QString atTime(const QDateTime& at, const QDateTime& now, const char* today, const char* tomorrow,
               const char* later) {
    const QDateTime local = at.toLocalTime();
    const QString time = clockText(local.time());
    const qint64 days = now.toLocalTime().date().daysTo(local.date());
    if (days <= 0)
        return translated(today).arg(time);
    if (days == 1)
        return translated(tomorrow).arg(time);
    return translated(later).arg(
        time, QLocale().toString(local.date(),
                                 QCoreApplication::translate("ReminderWords", "dddd d MMMM")));
}

// Notification servers may read the body as markup: the words are data, never markup.
QString plain(const QString& text) {
    return text.toHtmlEscaped();
}

NotificationAction open() {
    return {QStringLiteral("open"), QCoreApplication::translate("ReminderWords", "Open")};
}
NotificationAction snooze() {
    return {QStringLiteral("snooze"),
            QCoreApplication::translate("ReminderWords", "In 10 minutes")};
}

} // namespace

Notification forReminder(const Reminder& reminder, bool detailed, const QDateTime& now) {
    Notification n;
    n.actions = {open(), snooze()};
    if (reminder.kind == ReminderKind::Dose)
        n.actions.insert(n.actions.begin(),
                         {QStringLiteral("taken"),
                          detailed ? QCoreApplication::translate("ReminderWords", "Taken")
                                   : QCoreApplication::translate("ReminderWords", "Done")});
    if (!detailed) {
        n.title = QCoreApplication::translate("ReminderWords", "Reminder");
        n.body = atTime(reminder.eventAt, now, QT_TRANSLATE_NOOP("ReminderWords", "Reminder at %1"),
                        QT_TRANSLATE_NOOP("ReminderWords", "Reminder for tomorrow at %1"),
                        QT_TRANSLATE_NOOP("ReminderWords", "Reminder for %2 at %1"));
        return n;
    }
    switch (reminder.kind) {
    case ReminderKind::Session:
        n.title = atTime(reminder.eventAt, now, QT_TRANSLATE_NOOP("ReminderWords", "Session at %1"),
                         QT_TRANSLATE_NOOP("ReminderWords", "Session tomorrow at %1"),
                         QT_TRANSLATE_NOOP("ReminderWords", "Session on %2 at %1"));
        n.body = plain(reminder.detail);
        break;
    case ReminderKind::Dose:
        n.title =
            atTime(reminder.eventAt, now, QT_TRANSLATE_NOOP("ReminderWords", "Medicine at %1"),
                   QT_TRANSLATE_NOOP("ReminderWords", "Medicine tomorrow at %1"),
                   QT_TRANSLATE_NOOP("ReminderWords", "Medicine on %2 at %1"));
        n.body = plain(reminder.detail);
        break;
    case ReminderKind::CheckIn:
        n.title = QCoreApplication::translate("ReminderWords", "Daily check-in");
        n.body =
            QCoreApplication::translate("ReminderWords", "How is today going? It takes a minute.");
        break;
    case ReminderKind::Homework:
        n.title = QCoreApplication::translate("ReminderWords", "Homework due today");
        n.body = plain(reminder.detail);
        break;
    }
    return n;
}

Notification forMissed(const std::vector<Reminder>& missed) {
    Notification n;
    n.title = QCoreApplication::translate("ReminderWords", "Reminders");
    // Only ever two or more: one missed reminder comes as itself.
    n.body = QCoreApplication::translate("ReminderWords", "%1 reminders while the app was closed")
                 .arg(missed.size());
    n.actions = {open()};
    return n;
}

QString destination(ReminderKind kind) {
    switch (kind) {
    case ReminderKind::Session:
        return QStringLiteral("sessions");
    case ReminderKind::CheckIn:
        return QStringLiteral("checkIn");
    case ReminderKind::Homework:
        return QStringLiteral("homework");
    case ReminderKind::Dose:
        break;
    }
    return QStringLiteral("today");
}

} // namespace stepstone::reminderWords
