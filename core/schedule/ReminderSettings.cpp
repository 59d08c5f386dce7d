#include "schedule/ReminderSettings.h"

#include "common/LocalDays.h"
#include "common/LocalTime.h"

namespace stepstone {

bool QuietHours::contains(const QTime& clockTime) const {
    if (!from.isValid() || !until.isValid() || from == until)
        return false;
    if (from < until)
        return clockTime >= from && clockTime < until;
    return clockTime >= from || clockTime < until; // through midnight
}

QDateTime outsideQuietHours(const QDateTime& at, const QuietHours& quiet) {
    const ClockReading clock = readDeviceClock(at.toMSecsSinceEpoch());
    if (!quiet.contains(clock.time))
        return at;
    // Quiet hours through midnight that began yesterday end today; otherwise they end today
    // when their end is still ahead on the clock, tomorrow when it is not.
    const QDate endDay = clock.time < quiet.until ? clock.date : clock.date.addDays(1);
    const QDateTime end = LocalDays(endDay).at(endDay, quiet.until);
    return end > at ? end : at;
}

} // namespace stepstone
