#pragma once

#include "common/Clock.h"

#include <QDateTime>

namespace stepstone {

// The one rule for the time of every record: the instant, together with the UTC offset the
// client's own clock had at that instant (their time zone, daylight saving included). The
// clinic then reads the hour the client lived, and so does the client, wherever they are later.

// Whether a UTC offset can be kept and written to FHIR: whole minutes within +-14:00. Real time
// zones only break this with the local mean time of dates long past.
bool isKeepableUtcOffset(int offsetSeconds);

// What the device's clock shows at the instant `utcMs`, with its offset from UTC. Cheaper than a
// conversion through QDateTime, which makes glibc stat the zone file each time.
struct ClockReading {
    QDate date;
    QTime time;
    int offsetSeconds = 0;
};
ClockReading readDeviceClock(qint64 utcMs);

// `instant` at the offset the device's time zone has at that instant; UTC where that offset
// cannot be kept.
QDateTime withLocalOffset(const QDateTime& instant);

// Now, as the client's clock shows it: what a new record's time is taken from.
inline QDateTime localNow(const Clock& clock) {
    return withLocalOffset(clock.now());
}

// A kept moment on the clock it was lived by: at its own offset, or, kept without one (UTC,
// as records from before offsets were kept read), at the device's.
QDateTime asLived(const QDateTime& moment);

} // namespace stepstone
