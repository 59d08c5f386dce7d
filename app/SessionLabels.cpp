#include "SessionLabels.h"

#include "ClockText.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepstone::sessionLabels {

namespace {} // namespace

QString kind(Session::Kind kind) {
    switch (kind) {
    case Session::Kind::Individual:
        return QCoreApplication::translate("SessionLabels", "Individual session");
    case Session::Kind::Group:
        return QCoreApplication::translate("SessionLabels", "Group session");
    case Session::Kind::Family:
        return QCoreApplication::translate("SessionLabels", "Family session");
    case Session::Kind::Other:
        break;
    }
    return QCoreApplication::translate("SessionLabels", "Session");
}

QString status(Session::Status status) {
    switch (status) {
    case Session::Status::Booked:
        return QCoreApplication::translate("SessionLabels", "Booked");
    case Session::Status::Pending:
        return QCoreApplication::translate("SessionLabels", "Not confirmed yet");
    case Session::Status::Cancelled:
        return QCoreApplication::translate("SessionLabels", "Cancelled");
    case Session::Status::Fulfilled:
        return QCoreApplication::translate("SessionLabels", "Took place");
    case Session::Status::NoShow:
        return QCoreApplication::translate("SessionLabels", "Missed");
    case Session::Status::Other:
        break;
    }
    return {};
}

QString day(const QDateTime& start, const QDateTime& now) {
    const QDate date = start.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (date == today)
        return QCoreApplication::translate("SessionLabels", "Today");
    if (date == today.addDays(1))
        return QCoreApplication::translate("SessionLabels", "Tomorrow");
    // The pattern is translated: word order and particles differ ("miércoles, 25 de noviembre").
    return QLocale().toString(date, QCoreApplication::translate("SessionLabels", "dddd d MMMM"));
}

QString until(const QDateTime& start, const QDateTime& end, const QDateTime& now) {
    const auto say = [](const char* one, const char* many, qint64 n) {
        return n == 1 ? QCoreApplication::translate("SessionLabels", one)
                      : QCoreApplication::translate("SessionLabels", many).arg(n);
    };
    const qint64 minutes = now.secsTo(start) / 60;
    if (minutes <= 0)
        return now < end ? QCoreApplication::translate("SessionLabels", "now") : QString();
    if (minutes < 60)
        return say(QT_TRANSLATE_NOOP("SessionLabels", "in 1 minute"),
                   QT_TRANSLATE_NOOP("SessionLabels", "in %1 minutes"), minutes);
    // Calendar days, not 24-hour spans: tomorrow morning is "in 1 day" even at 23:00 tonight.
    const qint64 days = now.toLocalTime().date().daysTo(start.toLocalTime().date());
    if (days == 0)
        return say(QT_TRANSLATE_NOOP("SessionLabels", "in 1 hour"),
                   QT_TRANSLATE_NOOP("SessionLabels", "in %1 hours"), minutes / 60);
    // "Tomorrow" already says it.
    return days == 1 ? QString()
                     : QCoreApplication::translate("SessionLabels", "in %1 days").arg(days);
}

QString timeRange(const QDateTime& start, const QDateTime& end) {
    return QCoreApplication::translate("SessionLabels", "%1 – %2")
        .arg(clockText(start.toLocalTime().time()), clockText(end.toLocalTime().time()));
}

} // namespace stepstone::sessionLabels
