#include "schedule/ReminderPlanner.h"

#include "schedule/CheckInReminders.h"
#include "schedule/DoseReminders.h"
#include "schedule/HomeworkReminders.h"
#include "schedule/SessionReminders.h"
#include "schedule/SnoozedReminders.h"

#include <gtest/gtest.h>
#include <set>
#include <time.h>

using namespace stepstone;

namespace {

constexpr int kCdt = -5 * 3600;
constexpr int kCst = -6 * 3600;

QDateTime utc(QDate day, QTime time) {
    return QDateTime(day, time, Qt::UTC);
}
QDateTime chicago(QDate day, QTime time) {
    return QDateTime(day, time, Qt::LocalTime); // under TZ=America/Chicago (see CMakeLists.txt)
}

Session session(const QString& id, const QDateTime& start) {
    Session s;
    s.id = id;
    s.status = Session::Status::Booked;
    s.kind = Session::Kind::Group;
    s.title = QStringLiteral("Relapse prevention group");
    s.start = start;
    s.end = start.addSecs(5400);
    return s;
}

Medication dailyAt(std::vector<QTime> times) {
    Medication m;
    m.id = QUuid::fromString(QStringLiteral("{5d1f4f3e-1c7a-4b53-9d0e-3f6a1c2b7e10}"));
    m.entry.name = QStringLiteral("Buprenorphine");
    m.entry.dose = {8, QStringLiteral("mg")};
    m.entry.schedule.timesOfDay = std::move(times);
    m.createdAt = utc(QDate(2026, 1, 1), QTime(12, 0));
    return m;
}

struct Sources {
    std::vector<Session> sessions;
    std::vector<Medication> medications;
    std::vector<DoseEvent> marks;
    std::set<QDate> checkedIn;
    std::vector<HomeworkTask> tasks;
    std::vector<SnoozedReminder> snoozed;
};

ReminderPlanner plannerOf(const Sources& data, const ReminderSettings& settings) {
    std::vector<std::unique_ptr<ReminderSource>> sources;
    sources.push_back(std::make_unique<SessionReminders>(data.sessions));
    sources.push_back(std::make_unique<DoseReminders>(data.medications, data.marks));
    sources.push_back(std::make_unique<CheckInReminders>(data.checkedIn));
    sources.push_back(std::make_unique<HomeworkReminders>(data.tasks));
    sources.push_back(std::make_unique<SnoozedReminders>(data.snoozed));
    return ReminderPlanner(std::move(sources), settings);
}

ReminderSettings sessionsOnly() {
    ReminderSettings settings;
    settings.dosesOn = settings.checkInOn = settings.homeworkOn = false;
    return settings;
}

std::vector<QDateTime> timesOf(const std::vector<Reminder>& reminders) {
    std::vector<QDateTime> times;
    for (const Reminder& r : reminders)
        times.push_back(r.fireAt);
    return times;
}

std::vector<ReminderKind> kindsOf(const std::vector<Reminder>& reminders) {
    std::vector<ReminderKind> kinds;
    for (const Reminder& r : reminders)
        kinds.push_back(r.kind);
    return kinds;
}

// Moves the device to another time zone for one test, as travelling does.
class TimeZoneVisit {
public:
    explicit TimeZoneVisit(const char* zone)
        : m_home(qgetenv("TZ")) {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZoneVisit() {
        qputenv("TZ", m_home);
        tzset();
    }
    TimeZoneVisit(const TimeZoneVisit&) = delete;
    TimeZoneVisit& operator=(const TimeZoneVisit&) = delete;

private:
    QByteArray m_home;
};

} // namespace

TEST(ChicagoCalendarReminders, SessionLeadsAreElapsedTimeAcrossTheFallBackNight) {
    // 01:30 happens twice on 1 November 2026: first at CDT (06:30Z), then at CST (07:30Z).
    Sources data;
    data.sessions = {session("first", utc(QDate(2026, 11, 1), QTime(6, 30))),
                     session("second", utc(QDate(2026, 11, 1), QTime(7, 30)))};
    const auto plan =
        plannerOf(data, sessionsOnly())
            .plan(utc(QDate(2026, 10, 30), QTime(0, 0)), utc(QDate(2026, 11, 2), QTime(0, 0)));

    ASSERT_EQ(plan.size(), 4u);
    EXPECT_EQ(timesOf(plan), (std::vector<QDateTime>{
                                 utc(QDate(2026, 10, 31), QTime(6, 30)),
                                 utc(QDate(2026, 10, 31), QTime(7, 30)),
                                 utc(QDate(2026, 11, 1), QTime(5, 30)),
                                 utc(QDate(2026, 11, 1), QTime(6, 30)),
                             }));
    EXPECT_EQ(plan[1].fireAt.time(), QTime(2, 30))
        << "24 hours before 01:30 CST is 02:30 the day before on the clock, not 01:30";
    EXPECT_EQ(plan[3].subjectId, QStringLiteral("second"));
    EXPECT_EQ(plan[3].fireAt.time(), QTime(1, 30))
        << "an hour before the second 01:30 is the first";
    EXPECT_EQ(plan[3].fireAt.offsetFromUtc(), kCdt);
    EXPECT_EQ(plan[3].eventAt.offsetFromUtc(), kCst);
    EXPECT_EQ(plan[3].eventAt.time(), QTime(1, 30));
}

TEST(ChicagoCalendarReminders, ClockTimesFollowTheCalendarWhenTheClocksSpringForward) {
    // 8 March 2026: 02:00 CST becomes 03:00 CDT.
    Sources data;
    data.medications = {dailyAt({QTime(2, 30), QTime(21, 0)})};
    ReminderSettings settings;
    settings.sessionsOn = settings.homeworkOn = false;
    settings.checkInTime = QTime(2, 30);
    const auto plan =
        plannerOf(data, settings)
            .plan(chicago(QDate(2026, 3, 8), QTime(0, 0)), chicago(QDate(2026, 3, 9), QTime(0, 0)));

    ASSERT_EQ(plan.size(), 3u);
    EXPECT_EQ(kindsOf(plan),
              (std::vector{ReminderKind::CheckIn, ReminderKind::Dose, ReminderKind::Dose}));
    EXPECT_EQ(plan[0].fireAt, utc(QDate(2026, 3, 8), QTime(8, 30)))
        << "02:30 does not exist that night: 03:30 CDT";
    EXPECT_EQ(plan[1].fireAt, plan[0].fireAt);
    EXPECT_EQ(plan[2].fireAt.time(), QTime(21, 0));
    EXPECT_EQ(plan[2].fireAt.offsetFromUtc(), kCdt);

    settings.checkInTime = QTime(20, 0);
    settings.dosesOn = false;
    const auto evenings =
        plannerOf(data, settings)
            .plan(chicago(QDate(2026, 3, 7), QTime(0, 0)), chicago(QDate(2026, 3, 9), QTime(0, 0)));
    ASSERT_EQ(evenings.size(), 2u);
    EXPECT_EQ(evenings[0].fireAt.secsTo(evenings[1].fireAt), 23 * 3600)
        << "20:00 each evening on the clock: that day is 23 hours long";
    EXPECT_EQ(evenings[1].fireAt.time(), QTime(20, 0));
}

TEST(ChicagoCalendarReminders, ADoseInTheRepeatedHourIsRemindedOfOnce) {
    Sources data;
    data.medications = {dailyAt({QTime(1, 30)})};
    ReminderSettings settings;
    settings.sessionsOn = settings.checkInOn = settings.homeworkOn = false;
    const auto plan = plannerOf(data, settings)
                          .plan(chicago(QDate(2026, 11, 1), QTime(0, 0)),
                                chicago(QDate(2026, 11, 2), QTime(0, 0)));
    ASSERT_EQ(plan.size(), 1u);
    EXPECT_EQ(plan[0].fireAt.time(), QTime(1, 30));
    EXPECT_EQ(plan[0].detail, QStringLiteral("Buprenorphine"));
}

TEST(ChicagoCalendarReminders, QuietHoursHoldRemindersUntilTheyEndAndDropThoseTooLateByThen) {
    Sources data;
    const QDate day(2026, 12, 10);
    data.sessions = {session("morning", chicago(day, QTime(7, 30))),
                     session("dawn", chicago(day, QTime(6, 0)))};
    data.medications = {dailyAt({QTime(23, 0)})};
    ReminderSettings settings;
    settings.checkInOn = settings.homeworkOn = false;
    settings.quietHours = QuietHours{QTime(22, 0), QTime(7, 0)};
    const auto plan = plannerOf(data, settings)
                          .plan(chicago(day.addDays(-1), QTime(12, 0)), chicago(day, QTime(12, 0)));

    std::vector<QString> keys;
    for (const Reminder& r : plan)
        keys.push_back(r.fireAt.toString(QStringLiteral("dd HH:mm ")) + r.subjectId);
    EXPECT_EQ(keys, (std::vector<QString>{
                        QStringLiteral("10 07:00 morning"), // 06:30, held to the end
                    }))
        << "the 24-hour reminders (06:00 and 07:30 the day before) fall before the window; "
           "the dawn session's 05:00 reminder would come after it began, the 23:00 dose after "
           "it stopped being due";

    const auto dayBefore =
        plannerOf(data, settings)
            .plan(chicago(day.addDays(-1), QTime(0, 0)), chicago(day.addDays(-1), QTime(12, 0)));
    EXPECT_EQ(timesOf(dayBefore), (std::vector<QDateTime>{chicago(day.addDays(-1), QTime(7, 0)),
                                                          chicago(day.addDays(-1), QTime(7, 30))}))
        << "06:00 the day before is held to 07:00; 07:30 is outside quiet hours";
}

TEST(ChicagoCalendarReminders, AMovedSessionIsRemindedOfAtItsNewTimeAndACancelledOneNotAtAll) {
    const QDate day(2026, 12, 10);
    Sources data;
    data.sessions = {session("s1", chicago(day, QTime(15, 0)))};
    const QDateTime from = chicago(day.addDays(-3), QTime(0, 0));
    const QDateTime to = chicago(day.addDays(3), QTime(0, 0));
    const auto before = plannerOf(data, sessionsOnly()).plan(from, to);
    ASSERT_EQ(before.size(), 2u);

    data.sessions[0].start = chicago(day.addDays(1), QTime(10, 0));
    const auto moved = plannerOf(data, sessionsOnly()).plan(from, to);
    EXPECT_EQ(timesOf(moved), (std::vector<QDateTime>{chicago(day, QTime(10, 0)),
                                                      chicago(day.addDays(1), QTime(9, 0))}));
    EXPECT_NE(moved[0].key, before[0].key) << "a new start is new reminders";

    data.sessions[0].status = Session::Status::Cancelled;
    EXPECT_TRUE(plannerOf(data, sessionsOnly()).plan(from, to).empty());
    data.sessions[0].status = Session::Status::Booked;
    data.sessions[0].answer = Session::Answer::NotAttending;
    EXPECT_TRUE(plannerOf(data, sessionsOnly()).plan(from, to).empty())
        << "the client said they will not come";
}

TEST(ChicagoCalendarReminders, ASessionMovedCloserIsRemindedOfAtOnce) {
    const QDate day(2026, 12, 10);
    const QDateTime now = chicago(day, QTime(14, 0));
    Sources data;
    data.sessions = {session("s1", chicago(day.addDays(2), QTime(15, 0)))};
    std::set<QString> delivered;
    const auto known = [&](const QString& key) {
        return delivered.count(key) > 0;
    };
    EXPECT_TRUE(plannerOf(data, sessionsOnly()).due(now.addDays(-7), known, now).toDeliver.empty());

    data.sessions[0].start = now.addSecs(20 * 60);
    const DueReminders due = plannerOf(data, sessionsOnly()).due(now.addDays(-7), known, now);
    ASSERT_EQ(due.missed.size(), 0u) << "one late reminder comes as itself";
    ASSERT_EQ(due.toDeliver.size(), 1u) << "the 24-hour one has no use now both are late";
    EXPECT_EQ(due.toDeliver[0].fireAt, now.addSecs(-40 * 60));
}

TEST(ChicagoCalendarReminders, AfterThreeDaysOffOneSummaryNotABurst) {
    const QDate off(2026, 12, 1);
    const QDateTime since = chicago(off.addDays(-10), QTime(9, 0));
    const QDateTime lastRun = chicago(off, QTime(12, 0));
    const QDateTime now = chicago(off.addDays(3), QTime(12, 0));
    Sources data;
    data.sessions = {session("past", chicago(off.addDays(1), QTime(15, 0))),
                     session("soon", chicago(off.addDays(3), QTime(13, 0))),
                     session("tomorrow", chicago(off.addDays(4), QTime(10, 0)))};
    data.medications = {dailyAt({QTime(8, 0), QTime(11, 0)})};
    const ReminderPlanner planner = plannerOf(data, ReminderSettings{});

    std::set<QString> delivered;
    for (const Reminder& r : planner.plan(since, lastRun))
        delivered.insert(r.key);
    const auto known = [&](const QString& key) {
        return delivered.count(key) > 0;
    };
    const DueReminders due = planner.due(since, known, now);

    ASSERT_EQ(due.toDeliver.size(), 1u);
    EXPECT_EQ(due.toDeliver[0].subjectId, QStringLiteral("soon"))
        << "its hour-before is now; its day-before, missed, says nothing more";
    ASSERT_EQ(due.missed.size(), 2u) << "the two that still matter, in one summary";
    EXPECT_EQ(due.missed[0].subjectId, QStringLiteral("tomorrow"));
    EXPECT_EQ(due.missed[1].kind, ReminderKind::Dose);
    EXPECT_EQ(due.missed[1].eventAt, chicago(off.addDays(3), QTime(11, 0)));
    // Three check-ins, six doses, and the sessions' five.
    EXPECT_EQ(due.handled.size(), 14u);
    EXPECT_EQ(due.nextAt, chicago(off.addDays(3), QTime(20, 0))) << "this evening's check-in";

    for (const Reminder& r : due.handled)
        delivered.insert(r.key);
    const DueReminders again = planner.due(since, known, now.addSecs(60));
    EXPECT_TRUE(again.toDeliver.empty() && again.missed.empty() && again.handled.empty());
}

TEST(ChicagoCalendarReminders, AChangeOfTimeZoneKeepsTheClockTimesAndRepeatsNothing) {
    const QDate day(2026, 12, 5);
    Sources data;
    data.sessions = {session("s1", chicago(day.addDays(2), QTime(15, 0)))};
    ReminderSettings settings;
    settings.dosesOn = settings.homeworkOn = false;
    std::set<QString> delivered;
    const auto known = [&](const QString& key) {
        return delivered.count(key) > 0;
    };
    const QDateTime since = utc(day.addDays(-1), QTime(0, 0));

    QDateTime landed;
    {
        // The check-in of the 5th is reminded of at 20:00 in Madrid; then the client flies to
        // Chicago, where it is still the 5th.
        const TimeZoneVisit madrid("Europe/Madrid");
        const QDateTime evening(day, QTime(20, 0), Qt::LocalTime);
        const DueReminders due = plannerOf(data, settings).due(since, known, evening);
        ASSERT_EQ(due.toDeliver.size(), 1u);
        EXPECT_EQ(due.toDeliver[0].kind, ReminderKind::CheckIn);
        EXPECT_EQ(due.toDeliver[0].fireAt.offsetFromUtc(), 3600);
        for (const Reminder& r : due.handled)
            delivered.insert(r.key);
        landed = evening.addSecs(3 * 3600).toUTC(); // an instant: Madrid's clock is left behind
    }
    ASSERT_EQ(landed, chicago(day, QTime(16, 0)));
    const ReminderPlanner inChicago = plannerOf(data, settings);
    const auto plan = inChicago.plan(landed, chicago(day.addDays(2), QTime(0, 0)));
    EXPECT_EQ(timesOf(plan), (std::vector<QDateTime>{chicago(day, QTime(20, 0)),
                                                     chicago(day.addDays(1), QTime(15, 0)),
                                                     chicago(day.addDays(1), QTime(20, 0))}))
        << "the check-ins at 20:00 on the Chicago clock, the session's a day before its instant";
    EXPECT_EQ(plan[2].fireAt.offsetFromUtc(), kCst);

    const DueReminders at20 = inChicago.due(since, known, chicago(day, QTime(20, 0)));
    EXPECT_TRUE(at20.toDeliver.empty() && at20.missed.empty())
        << "the 5th's check-in was already reminded of in Madrid";
    const DueReminders nextEvening =
        inChicago.due(since, known, chicago(day.addDays(1), QTime(20, 0)));
    EXPECT_EQ(kindsOf(nextEvening.toDeliver),
              (std::vector{ReminderKind::Session, ReminderKind::CheckIn}))
        << "the session's reminder, late by five hours, comes as itself; the check-in on time";
}

TEST(ChicagoCalendarReminders, HomeworkDueIsRemindedOfThatMorningWhileStillToDo) {
    HomeworkTask task;
    task.id = QStringLiteral("t1");
    task.status = QStringLiteral("ready");
    task.due = QStringLiteral("2026-12-10");
    task.description = QStringLiteral("Thought record");
    Sources data;
    data.tasks = {task};
    ReminderSettings settings;
    settings.sessionsOn = settings.dosesOn = settings.checkInOn = false;
    const QDateTime from = chicago(QDate(2026, 12, 8), QTime(0, 0));
    const QDateTime to = chicago(QDate(2026, 12, 12), QTime(0, 0));
    const auto plan = plannerOf(data, settings).plan(from, to);
    ASSERT_EQ(plan.size(), 1u);
    EXPECT_EQ(plan[0].fireAt, chicago(QDate(2026, 12, 10), QTime(9, 0)));
    EXPECT_EQ(plan[0].kind, ReminderKind::Homework);

    data.tasks[0].localStatus = QStringLiteral("completed");
    EXPECT_TRUE(plannerOf(data, settings).plan(from, to).empty());
}

TEST(ChicagoCalendarReminders, ASnoozedReminderComesBackOnceAtTheEndOfItsSnooze) {
    const QDateTime now = chicago(QDate(2026, 12, 10), QTime(8, 0));
    Sources data;
    data.medications = {dailyAt({QTime(8, 0)})};
    ReminderSettings settings;
    settings.sessionsOn = settings.checkInOn = settings.homeworkOn = false;
    std::set<QString> delivered;
    const auto known = [&](const QString& key) {
        return delivered.count(key) > 0;
    };
    const DueReminders first = plannerOf(data, settings).due(now.addDays(-1), known, now);
    ASSERT_EQ(first.toDeliver.size(), 1u);
    delivered.insert(first.toDeliver[0].key);

    data.snoozed = {{first.toDeliver[0], now.addSecs(600)}};
    const ReminderPlanner planner = plannerOf(data, settings);
    EXPECT_TRUE(planner.due(now.addDays(-1), known, now.addSecs(599)).toDeliver.empty());
    EXPECT_EQ(planner.due(now.addDays(-1), known, now).nextAt, now.addSecs(600));
    const DueReminders again = planner.due(now.addDays(-1), known, now.addSecs(600));
    ASSERT_EQ(again.toDeliver.size(), 1u);
    EXPECT_EQ(again.toDeliver[0].kind, ReminderKind::Dose);
    EXPECT_EQ(again.toDeliver[0].eventAt, now);
    EXPECT_NE(again.toDeliver[0].key, first.toDeliver[0].key);
}
