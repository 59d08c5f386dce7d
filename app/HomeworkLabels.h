#pragma once

#include "model/HomeworkDue.h"

#include <QDate>
#include <QString>

namespace stepstone {

// The words a client reads about their homework, in their language. Nothing in them scolds:
// homework past its date is still welcome.
namespace homeworkLabels {
// "Due today", "Due tomorrow", "Due Friday 11 December", "Was due yesterday", "No due date"
QString due(const HomeworkDue& due, const QDate& today);
// "Sent today", "Sent Monday 30 November" for the clinic's; "Done today"… for the client's own.
QString finished(const QDate& day, const QDate& today, bool shared);
// Done, and the clinic does not have it yet: "Done today, not sent yet".
QString notSentYet(const QDate& day, const QDate& today);
// A form of their own they have not finished: "Started today", "Started Monday 30 November".
QString started(const QDate& day, const QDate& today);
// The list's section headings.
QString pastDueHeading();
QString toDoHeading();
QString doneHeading();
} // namespace homeworkLabels

} // namespace stepstone
