#include "common/LocalDays.h"

#include "common/LocalTime.h"

#include <gtest/gtest.h>

using namespace stepstone;

namespace {

// What LocalDays must agree with: each conversion through QDateTime's local time.
QDateTime atOffsetOf(const QDateTime& local) {
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

QDateTime slowAt(const QDate& day, const QTime& time) {
    QDateTime local(day, time);
    if (!local.isValid() || local.time() != time)
        local = day.startOfDay().addMSecs(time.msecsSinceStartOfDay());
    return atOffsetOf(local);
}

// The same instant, shown as the same clock time at the same offset.
void expectSameMoment(const QDateTime& fast, const QDateTime& slow, const QString& what) {
    SCOPED_TRACE(what.toStdString());
    ASSERT_TRUE(fast.isValid());
    EXPECT_EQ(fast.toMSecsSinceEpoch(), slow.toMSecsSinceEpoch());
    EXPECT_EQ(fast.offsetFromUtc(), slow.offsetFromUtc());
    EXPECT_EQ(fast.date(), slow.date());
    EXPECT_EQ(fast.time(), slow.time());
}

const QTime kTimes[] = {QTime(0, 0), QTime(1, 30), QTime(2, 30), QTime(8, 0), QTime(23, 59)};

} // namespace

// Under TZ=America/Chicago (see CMakeLists.txt): clocks spring forward on 8 March 2026 and fall
// back on 1 November 2026.
TEST(ChicagoCalendar, LocalDaysAgreeWithTheClockOnEveryDayOfTheYear) {
    for (QDate day(2026, 1, 1); day.year() == 2026; day = day.addDays(1)) {
        const LocalDays one(day);
        const LocalDays week(day, 8);
        for (const QTime& time : kTimes) {
            const QString what =
                day.toString(Qt::ISODate) + QLatin1Char(' ') + time.toString(Qt::ISODate);
            expectSameMoment(one.at(day, time), slowAt(day, time), what);
            for (int ahead = 0; ahead < 8; ++ahead)
                expectSameMoment(week.at(day.addDays(ahead), time),
                                 slowAt(day.addDays(ahead), time), what);
        }
        // Every half hour of the day and either side of it, as an instant kept in UTC.
        const QDateTime from = QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(qint64(-12) * 3600);
        for (int half = 0; half < 96; ++half) {
            const QDateTime instant = from.addSecs(qint64(half) * 1800);
            const QString what = instant.toString(Qt::ISODate);
            expectSameMoment(one.asLived(instant), instant.toLocalTime(), what);
            expectSameMoment(week.withLocalOffset(instant), atOffsetOf(instant.toLocalTime()),
                             what);
        }
    }
}

TEST(ChicagoCalendar, LocalDaysMoveATimeTheClocksSkipForwardByTheGap) {
    const QDate springForward(2026, 3, 8);
    const QDateTime skipped = LocalDays(QDate(2026, 3, 5), 8).at(springForward, QTime(2, 30));
    EXPECT_EQ(skipped.time(), QTime(3, 30));
    EXPECT_EQ(skipped.offsetFromUtc(), -5 * 3600);
    const QDateTime after = LocalDays(QDate(2026, 3, 5), 8).at(QDate(2026, 3, 9), QTime(9, 0));
    EXPECT_EQ(after.offsetFromUtc(), -5 * 3600);
    const QDateTime before = LocalDays(QDate(2026, 3, 5), 8).at(QDate(2026, 3, 7), QTime(9, 0));
    EXPECT_EQ(before.offsetFromUtc(), -6 * 3600);
}

TEST(ChicagoCalendar, LocalDaysKeepAMomentsOwnOffset) {
    const QDateTime inTokyo(QDate(2026, 7, 1), QTime(9, 0), Qt::OffsetFromUTC, 9 * 3600);
    const QDateTime lived = LocalDays(QDate(2026, 6, 30)).asLived(inTokyo);
    EXPECT_EQ(lived.time(), QTime(9, 0));
    EXPECT_EQ(lived.offsetFromUtc(), 9 * 3600);
}

TEST(ChicagoCalendar, TheDeviceClockReadsAsQtDoes) {
    // Every 97 minutes and 13 milliseconds from 1965 to 2030: both sides of 1970, both changes.
    const qint64 step = qint64(97) * 60 * 1000 + 13;
    const qint64 from = QDateTime(QDate(1965, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    int differences = 0;
    for (qint64 ms = from; ms < to; ms += step) {
        const QDateTime qt = QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime);
        const ClockReading clock = readDeviceClock(ms);
        if (clock.date != qt.date() || clock.time != qt.time() ||
            clock.offsetSeconds != qt.offsetFromUtc())
            ++differences;
    }
    EXPECT_EQ(differences, 0);
}

TEST(ChicagoCalendar, TheDeviceClockFollowsTZAtOnce) {
    const QByteArray home = qgetenv("TZ");
    const qint64 noon = QDateTime(QDate(2026, 7, 1), QTime(17, 0), Qt::UTC).toMSecsSinceEpoch();
    EXPECT_EQ(readDeviceClock(noon).offsetSeconds, -5 * 3600);
    qputenv("TZ", "Asia/Tokyo");
    EXPECT_EQ(readDeviceClock(noon).offsetSeconds, 9 * 3600);
    EXPECT_EQ(readDeviceClock(noon).time, QTime(2, 0));
    qputenv("TZ", home);
    EXPECT_EQ(readDeviceClock(noon).offsetSeconds, -5 * 3600);
}
