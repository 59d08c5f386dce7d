#include "schedule/ReminderSource.h"

#include "common/LocalTime.h"

namespace stepstone {

LocalDayRun localDaysBetween(const QDateTime& from, const QDateTime& to) {
    if (!from.isValid() || !to.isValid() || to <= from)
        return {};
    const QDate first = readDeviceClock(from.toMSecsSinceEpoch()).date;
    const QDate last = readDeviceClock(to.toMSecsSinceEpoch() - 1).date;
    return {first, int(first.daysTo(last)) + 1};
}

} // namespace stepstone
