#pragma once

#include "model/Meeting.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace stepstone {

struct MeetingTime {
    Meeting meeting;
    QDateTime startsAt; // at the offset the client's clock will have then
};

// When a weekly meeting next starts at or after `after`, on the client's calendar: the next
// local day with its weekday, at its time on the local clock, daylight saving included. A
// meeting today that has not started yet is today's; one that has is next week's. A time the
// clocks skip that day moves forward by the gap (02:30 is 03:30 when they spring forward).
QDateTime nextStart(const MeetingDetails& meeting, const QDateTime& after);

// The meeting that starts first at or after `after`; of two at the same time, the one listed
// first. nullopt when there is none.
std::optional<MeetingTime> nextMeeting(const std::vector<Meeting>& meetings,
                                       const QDateTime& after);

} // namespace stepstone
