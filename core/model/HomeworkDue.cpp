#include "model/HomeworkDue.h"

#include "common/LocalTime.h"

#include <QRegularExpression>

namespace stepstone {

namespace {

// The last day a FHIR date, year-month or year covers; invalid when it is none of them.
QDate lastDayOf(const QString& date) {
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto match = shape.match(date);
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    if (match.captured(2).isEmpty())
        return QDate(year, 12, 31);
    const QDate month(year, match.captured(2).toInt(), 1);
    if (match.captured(3).isEmpty())
        return month.isValid() ? QDate(year, month.month(), month.daysInMonth()) : QDate();
    return QDate(year, month.month(), match.captured(3).toInt());
}

} // namespace

HomeworkDue homeworkDue(const QString& due, const QDateTime& now) {
    const QDate today = withLocalOffset(now).date();
    if (!due.contains(QLatin1Char('T'))) {
        const QDate day = lastDayOf(due);
        if (!day.isValid())
            return {};
        return {day < today ? HomeworkDue::State::Overdue : HomeworkDue::State::Upcoming, day};
    }
    // A FHIR dateTime with a time carries its offset; one without is not a valid FHIR value.
    const QDateTime at = QDateTime::fromString(due, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return {};
    return {now > at ? HomeworkDue::State::Overdue : HomeworkDue::State::Upcoming,
            withLocalOffset(at).date()};
}

} // namespace stepstone
