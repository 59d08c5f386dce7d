#include "schedule/NextMeeting.h"

#include "common/LocalTime.h"

namespace stepstone {

namespace {

constexpr int kDaysInWeek = 7;
constexpr int kSecondsInHour = 3600;

// `time` on the device's clock on `day`; in a gap the clocks skip, the moment an hour later.
QDateTime onLocalClock(const QDate& day, QTime time) {
    QDateTime local(day, time, Qt::LocalTime);
    if (local.isValid() && local.time() == time)
        return local;
    return QDateTime(day, time.addSecs(kSecondsInHour), Qt::LocalTime);
}

} // namespace

QDateTime nextStart(const MeetingDetails& meeting, const QDateTime& after) {
    if (!after.isValid() || !meeting.timeOfDay.isValid() || meeting.weekday < Qt::Monday ||
        meeting.weekday > Qt::Sunday)
        return {};
    const QDate today = after.toLocalTime().date();
    const int daysAhead = (meeting.weekday - today.dayOfWeek() + kDaysInWeek) % kDaysInWeek;
    QDateTime start = onLocalClock(today.addDays(daysAhead), meeting.timeOfDay);
    if (start < after)
        start = onLocalClock(today.addDays(daysAhead + kDaysInWeek), meeting.timeOfDay);
    return withLocalOffset(start);
}

std::optional<MeetingTime> nextMeeting(const std::vector<Meeting>& meetings,
                                       const QDateTime& after) {
    std::optional<MeetingTime> first;
    for (const Meeting& meeting : meetings) {
        const QDateTime start = nextStart(meeting.details, after);
        if (start.isValid() && (!first || start < first->startsAt))
            first = MeetingTime{meeting, start};
    }
    return first;
}

} // namespace stepstone
