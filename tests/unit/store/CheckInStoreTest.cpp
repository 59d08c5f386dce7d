#include "StoreFixture.h"
#include "common/LocalTime.h"
#include "store/Outbox.h"

#include <ctime>

using namespace stepstone;

namespace {

// The instant at which the device's clock shows `day` at `time`.
QDateTime atLocal(const QDate& day, const QTime& time) {
    return QDateTime(day, time).toUTC();
}

class CheckInStoreTest : public test::StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        m_checkIns = &m_profile->checkIns();
    }

    CheckInAnswers answers(int mood, const QString& note = {}) const {
        CheckInAnswers a;
        a.mood = mood;
        a.craving = 3;
        a.sleepMinutes = 7 * 60 + 30;
        a.note = note;
        return a;
    }

    CheckInStore* m_checkIns = nullptr;
};

const QDate kSaturday(2026, 3, 7);

} // namespace

TEST_F(CheckInStoreTest, TodayHasNoneUntilTheClientAnswers) {
    auto none = m_checkIns->today();
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().kind, StoreErrorKind::NotFound);
}

TEST_F(CheckInStoreTest, OnePerDayChangedAsOftenAsTheClientLikesThatDay) {
    m_clock.set(atLocal(kSaturday, QTime(9, 0)));
    auto first = m_checkIns->saveToday(answers(4, QStringLiteral("slept badly")));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->day, kSaturday);
    EXPECT_EQ(first->answers.sleepMinutes, 7 * 60 + 30);

    m_clock.set(atLocal(kSaturday, QTime(20, 0)));
    auto changed = m_checkIns->saveToday(answers(7, QStringLiteral("better after the meeting")));
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed->id, first->id) << "the same day's check-in, changed";
    EXPECT_EQ(changed->answers.mood, 7);
    EXPECT_EQ(changed->createdAt, first->createdAt);
    EXPECT_EQ(changed->answeredAt.toMSecsSinceEpoch(),
              atLocal(kSaturday, QTime(20, 0)).toMSecsSinceEpoch());
    EXPECT_EQ(m_checkIns->recent(10)->size(), 1u);
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 1) << "one record pending, at its latest";
}

TEST_F(CheckInStoreTest, HalfPastElevenAndHalfPastMidnightFallOnTheirOwnLocalDays) {
    m_clock.set(atLocal(kSaturday, QTime(23, 30)));
    auto late = m_checkIns->saveToday(answers(5));
    m_clock.set(atLocal(kSaturday.addDays(1), QTime(0, 30)));
    auto early = m_checkIns->saveToday(answers(6));
    ASSERT_TRUE(late.ok());
    ASSERT_TRUE(early.ok());
    EXPECT_EQ(late->day, kSaturday);
    EXPECT_EQ(early->day, kSaturday.addDays(1));
    EXPECT_NE(late->id, early->id);
    EXPECT_EQ(m_checkIns->today()->id, early->id);
    auto both = m_checkIns->recent(10);
    ASSERT_EQ(both->size(), 2u);
    EXPECT_EQ(both->at(0).day, kSaturday.addDays(1)) << "the latest day first";
    EXPECT_EQ(both->at(1).answers.mood, 5) << "yesterday's stays as it was";
}

TEST_F(CheckInStoreTest, OutOfRangeAnswersAreRefusedAndNothingIsWritten) {
    CheckInAnswers badMood = answers(11);
    CheckInAnswers badSleep = answers(5);
    badSleep.sleepMinutes = 25 * 60;
    CheckInAnswers twoLines = answers(5, QStringLiteral("one\ntwo"));
    CheckInAnswers tooLong = answers(5, QString(CheckInAnswers::kMaxNoteLength + 1, u'a'));
    for (const CheckInAnswers& bad : {badMood, badSleep, twoLines, tooLong}) {
        auto saved = m_checkIns->saveToday(bad);
        ASSERT_FALSE(saved.ok());
        EXPECT_EQ(saved.error().kind, StoreErrorKind::InvalidInput);
    }
    EXPECT_TRUE(m_checkIns->recent(10)->empty());
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 0);
}

TEST_F(CheckInStoreTest, UnansweredSleepStaysUnanswered) {
    CheckInAnswers noSleep = answers(5);
    noSleep.sleepMinutes.reset();
    auto saved = m_checkIns->saveToday(noSleep);
    ASSERT_TRUE(saved.ok());
    EXPECT_FALSE(saved->answers.sleepMinutes.has_value());
}

// Under TZ=America/Chicago and Asia/Kolkata (tests/unit/CMakeLists.txt). In Chicago daylight
// saving starts at 02:00 on Sunday 8 March 2026: the night before is -06:00, the evening after
// -05:00, and each check-in still falls on the day the client's clock showed. Kolkata has no
// daylight saving: the same local times, +05:30 throughout.
TEST(LocalOffset, CheckInDaysFollowTheClientsClockAcrossDaylightSaving) {
    const QByteArray tz = qgetenv("TZ");
    ASSERT_TRUE(tz == "America/Chicago" || tz == "Asia/Kolkata");
    const bool chicago = tz == "America/Chicago";
    QTemporaryDir dir;
    platform::FixedClock clock(atLocal(kSaturday, QTime(23, 30)));
    auto db = Database::open(dir.filePath(QStringLiteral("c.db")), DatabaseKey::generate(),
                             Database::Mode::CreateIfMissing, schemaMigrations());
    ASSERT_TRUE(db.ok());
    Profile profile(std::move(*db), clock);
    CheckInAnswers answers;

    auto saturdayNight = profile.checkIns().saveToday(answers);
    clock.set(atLocal(kSaturday.addDays(1), QTime(0, 30)));
    auto sundayEarly = profile.checkIns().saveToday(answers);
    clock.set(atLocal(kSaturday.addDays(1), QTime(23, 30)));
    auto sundayNight = profile.checkIns().saveToday(answers);
    ASSERT_TRUE(saturdayNight.ok() && sundayEarly.ok() && sundayNight.ok());

    EXPECT_EQ(saturdayNight->day, kSaturday);
    EXPECT_EQ(sundayEarly->day, kSaturday.addDays(1));
    EXPECT_EQ(sundayNight->id, sundayEarly->id) << "Sunday's one check-in, changed that evening";
    const int standard = chicago ? -6 * 3600 : 5 * 3600 + 1800;
    const int summer = chicago ? -5 * 3600 : 5 * 3600 + 1800;
    EXPECT_EQ(saturdayNight->answeredAt.offsetFromUtc(), standard);
    EXPECT_EQ(saturdayNight->answeredAt.time(), QTime(23, 30));
    EXPECT_EQ(sundayNight->answeredAt.offsetFromUtc(), summer);
    EXPECT_EQ(sundayNight->answeredAt.time(), QTime(23, 30));
    EXPECT_EQ(sundayNight->createdAt.offsetFromUtc(), standard) << "first answered at 00:30";
}

// The client answers late in the evening at home, flies, and opens the app on arrival. The day
// of the first check-in is the one they lived it on; "today" is the day where they are now.
TEST(LocalOffset, ACheckInKeepsItsDayWhenTheClientTravels) {
    const QByteArray home = qgetenv("TZ");
    ASSERT_TRUE(home == "America/Chicago" || home == "Asia/Kolkata");
    const bool fromChicago = home == "America/Chicago";
    const QDate friday(2026, 11, 20);
    QTemporaryDir dir;
    platform::FixedClock clock(atLocal(friday, QTime(23, 30)));
    auto db = Database::open(dir.filePath(QStringLiteral("c.db")), DatabaseKey::generate(),
                             Database::Mode::CreateIfMissing, schemaMigrations());
    ASSERT_TRUE(db.ok());
    Profile profile(std::move(*db), clock);
    CheckInAnswers answers;
    auto atHome = profile.checkIns().saveToday(answers);
    ASSERT_TRUE(atHome.ok());
    LapseEntry lapse;
    lapse.occurredAt = withLocalOffset(atLocal(friday, QTime(21, 0)));
    ASSERT_TRUE(profile.lapses().add(lapse).ok());

    // Fourteen hours east from Chicago it is already Sunday morning in Tokyo; eight hours west
    // from Kolkata it is still Friday evening in Los Angeles.
    qputenv("TZ", fromChicago ? "Asia/Tokyo" : "America/Los_Angeles");
    tzset();
    clock.set(clock.now().addSecs((fromChicago ? 14 : 8) * 3600));
    auto kept = profile.checkIns().find(atHome->id);
    auto today = profile.checkIns().today();
    auto onArrival = profile.checkIns().saveToday(answers);
    auto days = profile.lapses().days();
    qputenv("TZ", home);
    tzset();

    ASSERT_TRUE(onArrival.ok() && days.ok() && kept.ok());
    EXPECT_EQ(kept->day, friday) << "the day it was lived on, wherever the client is now";
    EXPECT_EQ(kept->answeredAt.time(), QTime(23, 30)) << "read back on the clock it was lived by";
    if (fromChicago) {
        EXPECT_EQ(today.error().kind, StoreErrorKind::NotFound) << "Sunday has no check-in yet";
        EXPECT_EQ(onArrival->day, friday.addDays(2));
        EXPECT_NE(onArrival->id, atHome->id);
        EXPECT_EQ(onArrival->answeredAt.offsetFromUtc(), 9 * 3600);
        EXPECT_EQ(onArrival->answeredAt.time(), QTime(4, 30));
        EXPECT_EQ(days->sinceLatest, 2) << "Friday's lapse, counted on Tokyo's Sunday";
    } else {
        ASSERT_TRUE(today.ok()) << "still Friday where the client is";
        EXPECT_EQ(today->id, atHome->id);
        EXPECT_EQ(onArrival->id, atHome->id) << "Friday's one check-in, changed";
        EXPECT_EQ(onArrival->answeredAt.offsetFromUtc(), -8 * 3600);
        EXPECT_EQ(onArrival->answeredAt.time(), QTime(18, 0));
        EXPECT_EQ(days->sinceLatest, 0);
    }
}
