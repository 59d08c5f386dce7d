#include "schedule/NextMeeting.h"

#include <gtest/gtest.h>

using namespace stepstone;

namespace {

Meeting weekly(const QString& name, int weekday, QTime time) {
    Meeting meeting;
    meeting.id = QUuid::createUuid();
    meeting.details.name = name;
    meeting.details.weekday = weekday;
    meeting.details.timeOfDay = time;
    return meeting;
}

// The instant at which the device's clock shows `day` at `time`.
QDateTime local(const QDate& day, QTime time) {
    return QDateTime(day, time, Qt::LocalTime);
}

const QDate kWednesday(2026, 12, 2);

} // namespace

TEST(NextMeeting, OneLaterTodayIsTodays) {
    const Meeting evening = weekly(QStringLiteral("Evening"), Qt::Wednesday, QTime(19, 30));
    const QDateTime start = nextStart(evening.details, local(kWednesday, QTime(18, 0)));
    EXPECT_EQ(start.date(), kWednesday);
    EXPECT_EQ(start.time(), QTime(19, 30));
    EXPECT_EQ(start, local(kWednesday, QTime(19, 30)));
}

TEST(NextMeeting, OneThatHasStartedIsNextWeeks) {
    const Meeting afternoon = weekly(QStringLiteral("Afternoon"), Qt::Wednesday, QTime(17, 0));
    EXPECT_EQ(nextStart(afternoon.details, local(kWednesday, QTime(17, 1))),
              local(kWednesday.addDays(7), QTime(17, 0)));
    EXPECT_EQ(nextStart(afternoon.details, local(kWednesday, QTime(17, 0))),
              local(kWednesday, QTime(17, 0)))
        << "starting this very minute: still today's";
}

TEST(NextMeeting, AfterMidnightIsTheNextDay) {
    const Meeting late = weekly(QStringLiteral("Midnight"), Qt::Thursday, QTime(0, 15));
    const QDateTime start = nextStart(late.details, local(kWednesday, QTime(23, 30)));
    EXPECT_EQ(start, local(kWednesday.addDays(1), QTime(0, 15)));
}

TEST(NextMeeting, TheSameWhateverOffsetNowIsWrittenIn) {
    const Meeting monday = weekly(QStringLiteral("Monday"), Qt::Monday, QTime(12, 0));
    const QDateTime now = local(kWednesday, QTime(9, 0));
    EXPECT_EQ(nextStart(monday.details, now), nextStart(monday.details, now.toUTC()));
    EXPECT_EQ(nextStart(monday.details, now).date(), QDate(2026, 12, 7));
}

TEST(NextMeeting, TheSoonestOfSeveralAndOfTwoAtOnceTheFirstListed) {
    const std::vector<Meeting> meetings{
        weekly(QStringLiteral("Monday"), Qt::Monday, QTime(12, 0)),
        weekly(QStringLiteral("Friday A"), Qt::Friday, QTime(18, 0)),
        weekly(QStringLiteral("Friday B"), Qt::Friday, QTime(18, 0)),
        weekly(QStringLiteral("Wednesday noon"), Qt::Wednesday, QTime(12, 0)),
    };
    auto next = nextMeeting(meetings, local(kWednesday, QTime(13, 0)));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->meeting.details.name, QStringLiteral("Friday A"));
    EXPECT_EQ(next->startsAt, local(kWednesday.addDays(2), QTime(18, 0)));

    next = nextMeeting(meetings, local(kWednesday, QTime(11, 0)));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->meeting.details.name, QStringLiteral("Wednesday noon"));
}

TEST(NextMeeting, NoneWithoutMeetings) {
    EXPECT_FALSE(nextMeeting({}, local(kWednesday, QTime(12, 0))));
    Meeting broken = weekly(QStringLiteral("No time"), Qt::Monday, QTime());
    EXPECT_FALSE(nextMeeting({broken}, local(kWednesday, QTime(12, 0))));
}

// Run with TZ=America/Chicago only (tests/unit/CMakeLists.txt): what a client's clock there
// shows around the two changes of 2026.
namespace {

constexpr int kCst = -6 * 3600;
constexpr int kCdt = -5 * 3600;

} // namespace

TEST(ChicagoCalendar, SpringForwardKeepsTheHourOnTheClock) {
    const QDateTime saturdayEvening = local(QDate(2026, 3, 7), QTime(20, 0));
    ASSERT_EQ(saturdayEvening.offsetFromUtc(), kCst);
    const Meeting monday = weekly(QStringLiteral("Monday"), Qt::Monday, QTime(19, 0));
    const QDateTime start = nextStart(monday.details, saturdayEvening);
    EXPECT_EQ(start.date(), QDate(2026, 3, 9));
    EXPECT_EQ(start.time(), QTime(19, 0));
    EXPECT_EQ(start.offsetFromUtc(), kCdt);
    EXPECT_EQ(saturdayEvening.secsTo(start), 47 * 3600 - 3600)
        << "47 hours on the clock; the night was an hour short";
}

TEST(ChicagoCalendar, AWeekAcrossSpringForwardIsAnHourShort) {
    const Meeting sunday = weekly(QStringLiteral("Sunday"), Qt::Sunday, QTime(10, 0));
    const QDateTime justAfter = local(QDate(2026, 3, 1), QTime(10, 1));
    const QDateTime start = nextStart(sunday.details, justAfter);
    EXPECT_EQ(start.date(), QDate(2026, 3, 8));
    EXPECT_EQ(start.time(), QTime(10, 0));
    EXPECT_EQ(start.offsetFromUtc(), kCdt);
}

TEST(ChicagoCalendar, ATimeTheClocksSkipStartsAnHourLater) {
    const Meeting early = weekly(QStringLiteral("Early"), Qt::Sunday, QTime(2, 30));
    const QDateTime start = nextStart(early.details, local(QDate(2026, 3, 7), QTime(12, 0)));
    EXPECT_EQ(start.date(), QDate(2026, 3, 8));
    EXPECT_EQ(start.time(), QTime(3, 30));
    EXPECT_EQ(start.offsetFromUtc(), kCdt);
}

TEST(ChicagoCalendar, FallBackKeepsTheHourOnTheClock) {
    const QDateTime saturdayEvening = local(QDate(2026, 10, 31), QTime(20, 0));
    ASSERT_EQ(saturdayEvening.offsetFromUtc(), kCdt);
    const Meeting sunday = weekly(QStringLiteral("Sunday"), Qt::Sunday, QTime(19, 0));
    const QDateTime start = nextStart(sunday.details, saturdayEvening);
    EXPECT_EQ(start.date(), QDate(2026, 11, 1));
    EXPECT_EQ(start.time(), QTime(19, 0));
    EXPECT_EQ(start.offsetFromUtc(), kCst);
    EXPECT_EQ(saturdayEvening.secsTo(start), 23 * 3600 + 3600)
        << "23 hours on the clock; the night was an hour long";
}

TEST(ChicagoCalendar, AnHourThatHappensTwiceIsStillThatDaysMeeting) {
    const Meeting early = weekly(QStringLiteral("Early"), Qt::Sunday, QTime(1, 30));
    const QDateTime start = nextStart(early.details, local(QDate(2026, 10, 31), QTime(12, 0)));
    EXPECT_EQ(start.date(), QDate(2026, 11, 1));
    EXPECT_EQ(start.time(), QTime(1, 30));
}

TEST(ChicagoCalendar, NowIsTheOffsetAfterTheChangeOnTheChangeDay) {
    // Sunday 8 March, 09:00 CDT: a 10:00 meeting that day is today's, an hour away.
    const QDateTime morning = local(QDate(2026, 3, 8), QTime(9, 0));
    ASSERT_EQ(morning.offsetFromUtc(), kCdt);
    const Meeting sunday = weekly(QStringLiteral("Sunday"), Qt::Sunday, QTime(10, 0));
    EXPECT_EQ(morning.secsTo(nextStart(sunday.details, morning)), 3600);
}
