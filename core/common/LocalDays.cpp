#include "common/LocalDays.h"

#include "common/LocalTime.h"

namespace stepstone {

namespace {
constexpr qint64 kMsecsPerSecond = 1000;
constexpr qint64 kMsecsPerDay = qint64(24) * 3600 * kMsecsPerSecond;
} // namespace

LocalDays::LocalDays(const QDate& first, int count)
    : m_first(first)
    , m_end(first.addDays(count)) {
    // Three conversions: the offset near the first midnight, the clock at the midnight that
    // offset gives, and the clock `count` days of milliseconds later.
    const qint64 utcMidnightMs = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const int offset = readDeviceClock(utcMidnightMs).offsetSeconds;
    const qint64 startMs = utcMidnightMs - offset * kMsecsPerSecond;
    const qint64 endMs = startMs + count * kMsecsPerDay;
    if (count < 1 || !isKeepableUtcOffset(offset) ||
        readDeviceClock(startMs).offsetSeconds != offset)
        return;
    const ClockReading end = readDeviceClock(endMs);
    if (end.offsetSeconds != offset || end.date != m_end || end.time != QTime(0, 0))
        return;
    m_steadyOffset = offset;
    m_startMs = startMs;
    m_endMs = endMs;
}

QDateTime LocalDays::at(const QDate& day, const QTime& time) const {
    if (m_steadyOffset && day >= m_first && day < m_end)
        return QDateTime(day, time, Qt::OffsetFromUTC, *m_steadyOffset);
    QDateTime local(day, time);
    if (!local.isValid() || local.time() != time)
        local = day.startOfDay().addMSecs(time.msecsSinceStartOfDay());
    return stepstone::withLocalOffset(local);
}

bool LocalDays::keepsOffsetAt(const QDateTime& instant) const {
    if (!m_steadyOffset || !instant.isValid() || instant.timeSpec() == Qt::LocalTime)
        return false;
    const qint64 ms = instant.toMSecsSinceEpoch();
    return ms >= m_startMs && ms < m_endMs;
}

QDateTime LocalDays::withLocalOffset(const QDateTime& instant) const {
    if (keepsOffsetAt(instant))
        return instant.toOffsetFromUtc(*m_steadyOffset);
    return stepstone::withLocalOffset(instant);
}

QDateTime LocalDays::asLived(const QDateTime& moment) const {
    if (moment.timeSpec() == Qt::UTC && keepsOffsetAt(moment))
        return moment.toOffsetFromUtc(*m_steadyOffset);
    return stepstone::asLived(moment);
}

} // namespace stepstone
