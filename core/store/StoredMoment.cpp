#include "store/StoredMoment.h"

#include "common/LocalTime.h"

namespace stepstone {

int offsetToKeep(const QDateTime& moment) {
    const int offset = moment.offsetFromUtc();
    return isKeepableUtcOffset(offset) ? offset : 0;
}

QDateTime storedMoment(qint64 utcMs, int offsetSeconds) {
    if (offsetSeconds == 0)
        return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::OffsetFromUTC, offsetSeconds);
}

} // namespace stepstone
