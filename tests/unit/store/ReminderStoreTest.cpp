#include "StoreFixture.h"
#include "schedule/ProfileReminders.h"

using namespace stepstone;
using namespace stepstone::test;

namespace {

class ReminderStoreTest : public StoreFixture {};

Reminder doseReminder(const QDateTime& at) {
    Reminder r;
    r.key = QStringLiteral("dose:abc:2026-11-02T08:00");
    r.kind = ReminderKind::Dose;
    r.fireAt = at;
    r.eventAt = at;
    r.relevantUntil = at.addSecs(7200);
    r.subjectId = QStringLiteral("abc");
    r.detail = QStringLiteral("Buprenorphine");
    return r;
}

} // namespace

TEST_F(ReminderStoreTest, SettingsAreTheDefaultsUntilChangedAndSurviveAReopen) {
    auto before = m_profile->reminders().settings();
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(*before, ReminderSettings{});

    ReminderSettings changed;
    changed.sessionLeadMinutes = {120};
    changed.dosesOn = false;
    changed.homeworkTime = QTime(18, 0);
    changed.quietHours = QuietHours{QTime(23, 0), QTime(6, 0)};
    changed.detailed = true;
    changed.keepRunning = true;
    ASSERT_TRUE(m_profile->reminders().setSettings(changed).ok());

    auto profile = reopened();
    ASSERT_TRUE(profile);
    auto after = profile->reminders().settings();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(*after, changed);
}

TEST_F(ReminderStoreTest, SinceIsTheFirstAskAndStays) {
    auto first = m_profile->reminders().since();
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(*first, m_clock.now());
    m_clock.advanceSeconds(3600);
    auto profile = reopened();
    ASSERT_TRUE(profile);
    EXPECT_EQ(*profile->reminders().since(), *first);
}

TEST_F(ReminderStoreTest, HandledKeysAreKeptUntilNoCatchUpCanReachThem) {
    const QDateTime now = m_clock.now();
    Reminder old = doseReminder(now.addDays(-12));
    old.key = QStringLiteral("old");
    ASSERT_TRUE(m_profile->reminders().recordHandled({doseReminder(now), old}).ok());
    auto keys = m_profile->reminders().handledKeys();
    ASSERT_TRUE(keys.ok());
    EXPECT_EQ(*keys, (std::set<QString>{QStringLiteral("dose:abc:2026-11-02T08:00")}))
        << "twelve days back is past the catch-up window: forgotten at once";
}

TEST_F(ReminderStoreTest, ASnoozeKeepsTheReminderAsDeliveredWithItsOffsets) {
    const QDateTime at(QDate(2026, 11, 2), QTime(8, 0), Qt::OffsetFromUTC, -6 * 3600);
    const Reminder reminder = doseReminder(at);
    ASSERT_TRUE(m_profile->reminders().snooze(reminder, at.addSecs(600)).ok());
    ASSERT_TRUE(m_profile->reminders().snooze(reminder, at.addSecs(1200)).ok());
    auto profile = reopened();
    ASSERT_TRUE(profile);
    auto snoozed = profile->reminders().snoozed();
    ASSERT_TRUE(snoozed.ok());
    ASSERT_EQ(snoozed->size(), 1u) << "a second snooze of it replaces the first";
    EXPECT_EQ(snoozed->front().reminder, reminder);
    EXPECT_EQ(snoozed->front().reminder.eventAt.offsetFromUtc(), -6 * 3600);
    EXPECT_EQ(snoozed->front().until, at.addSecs(1200));
}

TEST_F(ReminderStoreTest, TheProfilesPlanHasItsSessionsAndItsClientsCheckInTime) {
    Session session;
    session.id = QStringLiteral("s1");
    session.versionId = QStringLiteral("1");
    session.status = Session::Status::Booked;
    session.start = m_clock.now().addSecs(3 * 3600);
    session.end = session.start.addSecs(3600);
    ASSERT_TRUE(m_profile->sessions().replace(m_account, session).ok());
    ASSERT_TRUE(m_profile->preferences().setCheckInTime(QTime(21, 15)).ok());
    auto planner = remindersOf(*m_profile, m_clock.now());
    ASSERT_TRUE(planner.ok());
    const auto plan = planner->plan(m_clock.now(), m_clock.now().addDays(1));
    std::vector<ReminderKind> kinds;
    for (const Reminder& r : plan)
        kinds.push_back(r.kind);
    EXPECT_EQ(kinds, (std::vector{ReminderKind::Session, ReminderKind::CheckIn}));
    EXPECT_EQ(plan[0].fireAt, session.start.addSecs(-3600));
    EXPECT_EQ(plan[1].fireAt.toLocalTime().time(), QTime(21, 15));
}

// A profile last opened by schema 9 opens at 10 with what it held, and reminders work.
TEST_F(ReminderStoreTest, AProfileFromSchema9GainsRemindersAndKeepsItsData) {
    const QString path = m_dir.filePath(QStringLiteral("v9.db"));
    const auto all = schemaMigrations();
    ASSERT_EQ(all.back().version, 10);
    {
        auto old = Database::open(path, m_key, Database::Mode::CreateIfMissing, all.first(9));
        ASSERT_TRUE(old.ok());
        ASSERT_TRUE((*old)
                        ->exec("INSERT INTO preference (name, value) "
                               "VALUES ('check-in-minute-of-day', 1290)")
                        .ok());
    }
    auto db = Database::open(path, m_key, Database::Mode::OpenExisting, all);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ((*db)->schemaVersion(), 10);
    Profile profile(std::move(*db), m_clock);
    EXPECT_EQ(*profile.preferences().checkInTime(), QTime(21, 30));
    EXPECT_EQ(*profile.reminders().settings(), ReminderSettings{});
    ASSERT_TRUE(profile.reminders().recordHandled({doseReminder(m_clock.now())}).ok());
    EXPECT_EQ(profile.reminders().handledKeys()->size(), 1u);
}
