#include "HomeworkLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepstone::homeworkLabels {

namespace {

QString translated(const char* text) {
    return QCoreApplication::translate("HomeworkLabels", text);
}

// The pattern is translated: word order and particles differ ("viernes, 11 de diciembre").
QString dateText(const QDate& day) {
    return QLocale().toString(day, QCoreApplication::translate("HomeworkLabels", "dddd d MMMM"));
}

// Today, yesterday, or the date, each a whole phrase of its own for the translator.
QString onDay(const QDate& day, const QDate& today, const char* onToday, const char* onYesterday,
              const char* onDate) {
    if (day == today)
        return translated(onToday);
    if (day == today.addDays(-1))
        return translated(onYesterday);
    return translated(onDate).arg(dateText(day));
}

} // namespace

QString due(const HomeworkDue& due, const QDate& today) {
    switch (due.state) {
    case HomeworkDue::State::Undated:
        return QCoreApplication::translate("HomeworkLabels", "No due date");
    case HomeworkDue::State::Overdue:
        // Due earlier today and past its hour reads as today, not as late.
        return onDay(due.day, today, QT_TRANSLATE_NOOP("HomeworkLabels", "Was due today"),
                     QT_TRANSLATE_NOOP("HomeworkLabels", "Was due yesterday"),
                     QT_TRANSLATE_NOOP("HomeworkLabels", "Was due %1"));
    case HomeworkDue::State::Upcoming:
        break;
    }
    if (due.day == today)
        return QCoreApplication::translate("HomeworkLabels", "Due today");
    if (due.day == today.addDays(1))
        return QCoreApplication::translate("HomeworkLabels", "Due tomorrow");
    return QCoreApplication::translate("HomeworkLabels", "Due %1").arg(dateText(due.day));
}

QString finished(const QDate& day, const QDate& today, bool shared) {
    if (shared)
        return onDay(day, today, QT_TRANSLATE_NOOP("HomeworkLabels", "Sent today"),
                     QT_TRANSLATE_NOOP("HomeworkLabels", "Sent yesterday"),
                     QT_TRANSLATE_NOOP("HomeworkLabels", "Sent %1"));
    return onDay(day, today, QT_TRANSLATE_NOOP("HomeworkLabels", "Done today"),
                 QT_TRANSLATE_NOOP("HomeworkLabels", "Done yesterday"),
                 QT_TRANSLATE_NOOP("HomeworkLabels", "Done %1"));
}

QString notSentYet(const QDate& day, const QDate& today) {
    return onDay(day, today, QT_TRANSLATE_NOOP("HomeworkLabels", "Done today, not sent yet"),
                 QT_TRANSLATE_NOOP("HomeworkLabels", "Done yesterday, not sent yet"),
                 QT_TRANSLATE_NOOP("HomeworkLabels", "Done %1, not sent yet"));
}

QString started(const QDate& day, const QDate& today) {
    return onDay(day, today, QT_TRANSLATE_NOOP("HomeworkLabels", "Started today"),
                 QT_TRANSLATE_NOOP("HomeworkLabels", "Started yesterday"),
                 QT_TRANSLATE_NOOP("HomeworkLabels", "Started %1"));
}

QString pastDueHeading() {
    return QCoreApplication::translate("HomeworkLabels", "Past its date: still welcome");
}

QString toDoHeading() {
    return QCoreApplication::translate("HomeworkLabels", "To do");
}

QString doneHeading() {
    return QCoreApplication::translate("HomeworkLabels", "Done");
}

} // namespace stepstone::homeworkLabels
