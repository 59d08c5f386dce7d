#include "common/LocalTime.h"

#include <cstdlib>

namespace stepstone {

namespace {
constexpr int kMaxOffsetSeconds = 14 * 3600;
}

bool isKeepableUtcOffset(int offsetSeconds) {
    return offsetSeconds % 60 == 0 && std::abs(offsetSeconds) <= kMaxOffsetSeconds;
}

QDateTime withLocalOffset(const QDateTime& instant) {
    if (!instant.isValid())
        return instant;
    const int offset = instant.toLocalTime().offsetFromUtc();
    return instant.toOffsetFromUtc(isKeepableUtcOffset(offset) ? offset : 0);
}

QDateTime asLived(const QDateTime& moment) {
    return moment.timeSpec() == Qt::UTC ? moment.toLocalTime() : moment;
}

} // namespace stepstone
