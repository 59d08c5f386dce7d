#include "schedule/NextMeeting.h"

#include "common/LocalDays.h"
#include "common/LocalTime.h"

namespace stepstone {

namespace {

constexpr int kDaysInWeek = 7;

// The next start of `meeting` at or after `after`, whose local day is `today`, on the days of
// `week` (today and the seven after it).
QDateTime nextStartIn(const LocalDays& week, const QDate& today, const MeetingDetails& meeting,
                      const QDateTime& after) {
    if (!meeting.timeOfDay.isValid() || meeting.weekday < Qt::Monday ||
        meeting.weekday > Qt::Sunday)
        return {};
    const int daysAhead = (meeting.weekday - today.dayOfWeek() + kDaysInWeek) % kDaysInWeek;
    QDateTime start = week.at(today.addDays(daysAhead), meeting.timeOfDay);
    if (start >= after)
        return start;
    return week.at(today.addDays(daysAhead + kDaysInWeek), meeting.timeOfDay);
}

} // namespace

QDateTime nextStart(const MeetingDetails& meeting, const QDateTime& after) {
    if (!after.isValid())
        return {};
    const QDate today = readDeviceClock(after.toMSecsSinceEpoch()).date;
    return nextStartIn(LocalDays(today, kDaysInWeek + 1), today, meeting, after);
}

std::optional<MeetingTime> nextMeeting(const std::vector<Meeting>& meetings,
                                       const QDateTime& after) {
    if (!after.isValid())
        return std::nullopt;
    const QDate today = readDeviceClock(after.toMSecsSinceEpoch()).date;
    const LocalDays week(today, kDaysInWeek + 1);
    std::optional<MeetingTime> first;
    for (const Meeting& meeting : meetings) {
        const QDateTime start = nextStartIn(week, today, meeting.details, after);
        if (start.isValid() && (!first || start < first->startsAt))
            first = MeetingTime{meeting, start};
    }
    return first;
}

} // namespace stepstone
