#pragma once

#include "model/Meeting.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace stepstone {

// The words a client reads for a peer-support meeting, in their language.
namespace meetingLabels {
QString kind(MeetingKind kind);
// In the order of MeetingKind, for a choice list.
QStringList kinds();
// "Monday" … "Sunday" in the client's language, ISO weekday 1-7.
QString weekday(int isoWeekday);
// Monday first, as the list is ordered.
QStringList weekdays();
// "Every Tuesday at 19:30"
QString weekly(const MeetingDetails& meeting);
// "Today at 19:30", "Tomorrow at 7:00 PM", "Friday 11 December at 19:30"
QString when(const QDateTime& start, const QDateTime& now);
// What to do about it, said plainly.
QString problem(MeetingProblem problem);
} // namespace meetingLabels

} // namespace stepstone
