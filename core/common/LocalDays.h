#pragma once

#include <QDate>
#include <QDateTime>
#include <optional>

namespace stepstone {

// A run of calendar days on the device's clock, for code that converts many times of them.
// glibc re-reads the time-zone file on each local-time conversion (a stat per call), so when
// the run keeps one UTC offset from its first midnight to the midnight after it (a week without
// a clock change: all but two weeks a year) its times convert by arithmetic, with the answers
// of common/LocalTime; otherwise, and for moments outside the run, they take the slow way.
class LocalDays {
public:
    explicit LocalDays(const QDate& first, int count = 1);

    // `time` on `day` as the device's clock shows it, at the offset it has then; a time the
    // clocks skip moves forward by the gap (02:30 on the night daylight saving starts is 03:30).
    QDateTime at(const QDate& day, const QTime& time) const;

    // As withLocalOffset and asLived of common/LocalTime.
    QDateTime withLocalOffset(const QDateTime& instant) const;
    QDateTime asLived(const QDateTime& moment) const;

private:
    bool keepsOffsetAt(const QDateTime& instant) const;

    QDate m_first;
    QDate m_end;                       // the day after the last
    std::optional<int> m_steadyOffset; // seconds east of UTC, when the run keeps one throughout
    qint64 m_startMs = 0;              // the first midnight, when it keeps one
    qint64 m_endMs = 0;                // the midnight after the last day, when it keeps one
};

} // namespace stepstone
