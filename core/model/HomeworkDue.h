#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace stepstone {

// When homework is due, on the client's calendar.
struct HomeworkDue {
    enum class State { Undated, Upcoming, Overdue };
    State state = State::Undated;
    QDate day; // the client's local day it is due; invalid when undated

    friend bool operator==(const HomeworkDue&, const HomeworkDue&) = default;
};

// `due` as a Task's restriction.period.end writes it: a FHIR dateTime with its offset (due at
// that instant, on the day the device's calendar shows then) or a date, year-month or year (due
// by the end of that day, month or year). Text that is neither is undated, never overdue.
HomeworkDue homeworkDue(const QString& due, const QDateTime& now);

} // namespace stepstone
