#include "CheckInToday.h"
#include "LapseHistory.h"
#include "UiHarness.h"
#include "common/LocalTime.h"

#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// Friday 20 November 2026, 21:10 on the device's clock.
const QDateTime kFridayEvening = QDateTime(QDate(2026, 11, 20), QTime(21, 10)).toUTC();

void openCheckIn(UiHarness& ui) {
    ui.goTo(UiHarness::Destination::CheckIn);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("checkInPage")));
}

void writePlanAfterLapse(UiHarness& ui, const QString& line) {
    PlanContent content;
    content[QString::fromLatin1(planSections::kAfterLapse)] = {PlanEntry{line, {}, {}}};
    ASSERT_TRUE(ui.profile()
                    .plan()
                    .save(content, QStringLiteral("https://stepstone.example/fhir/Questionnaire/"
                                                  "relapse-prevention-plan|2.0.0"))
                    .ok());
}

} // namespace

TEST(CheckInFlow, TheClientChecksInAndChangesItThatDay) {
    UiHarness ui(QLocale(QLocale::English), kFridayEvening);
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    openCheckIn(ui);
    ui.screenshot(QStringLiteral("phone-check-in-empty"));

    QQuickItem* mood = ui.find(QStringLiteral("checkInMood"));
    ASSERT_TRUE(mood);
    ui.tap(mood, {0.8, 0.5}); // towards the good end of the scale
    ui.tap(ui.find(QStringLiteral("checkInSleepNoted")));
    ui.tap(ui.find(QStringLiteral("checkInNote")));
    ui.type(QStringLiteral("Long shift, <b>went</b> to the meeting"));
    ui.tap(ui.find(QStringLiteral("saveCheckIn")));

    auto today = ui.profile().checkIns().today();
    ASSERT_TRUE(today.ok());
    EXPECT_EQ(today->day, QDate(2026, 11, 20));
    EXPECT_EQ(today->answers.mood, 8);
    EXPECT_EQ(today->answers.sleepMinutes, 450) << "7.5 hours, the form's starting value";
    EXPECT_EQ(today->answers.note, QStringLiteral("Long shift, <b>went</b> to the meeting"));
    EXPECT_FALSE(today->answers.usedToday);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return ui.textOf(QStringLiteral("saveCheckIn")) == QStringLiteral("Update check-in");
    }));
    ui.screenshot(QStringLiteral("phone-check-in-answered"));

    // Changed the same evening: still one check-in for Friday.
    ui.tap(ui.find(QStringLiteral("checkInCraving")), {0.6, 0.5});
    ui.tap(ui.find(QStringLiteral("saveCheckIn")));
    auto changed = ui.profile().checkIns().today();
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed->id, today->id);
    EXPECT_EQ(changed->answers.craving, 6);
    EXPECT_EQ(ui.profile().checkIns().recent(10)->size(), 1u);

    ui.goTo(UiHarness::Destination::Today);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    EXPECT_EQ(ui.textOf(QStringLiteral("checkInSummary")),
              QStringLiteral("Mood 8 of 10 · craving 6 of 10 · slept 7.5 h"));
    ui.screenshot(QStringLiteral("phone-today-checked-in"));
    ui.resize(1280, 800);
    ui.screenshot(QStringLiteral("desktop-today-checked-in"));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(CheckInFlow, ALapseIsRecordedTheDaysSayItPlainlyAndThePlanIsOffered) {
    UiHarness ui(QLocale(QLocale::English), kFridayEvening);
    ASSERT_TRUE(ui.window());
    ui.resize(1280, 800);
    writePlanAfterLapse(ui, QStringLiteral("Tell Sam the same day and go to a meeting"));
    LapseEntry earlier;
    earlier.occurredAt = withLocalOffset(kFridayEvening.addDays(-12));
    ASSERT_TRUE(ui.profile().lapses().add(earlier).ok());
    openCheckIn(ui);
    EXPECT_EQ(ui.textOf(QStringLiteral("lapseSince")),
              QStringLiteral("12 days since your latest lapse."));

    // "I used" in the check-in offers to note what happened.
    ui.tap(ui.find(QStringLiteral("checkInUsed")));
    ui.tap(ui.find(QStringLiteral("saveCheckIn")));
    QQuickItem* offer = ui.waitFor(QStringLiteral("offerLapseYes"));
    ASSERT_TRUE(offer);
    ui.tap(offer);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("lapseWhat")));
    ui.tap(ui.find(QStringLiteral("lapseWhat")));
    ui.type(QStringLiteral("Payday, old friends at the bar"));
    ui.tap(ui.find(QStringLiteral("lapseNextTime")));
    ui.type(QStringLiteral("Deposit pay first, call Sam"));
    ui.tap(ui.find(QStringLiteral("saveLapse")));

    ASSERT_TRUE(ui.waitFor(QStringLiteral("afterLapseCard")))
        << "the plan's after-a-lapse section is offered";
    ui.screenshot(QStringLiteral("desktop-lapse-saved"));
    EXPECT_EQ(ui.textOf(QStringLiteral("lapseSince")),
              QStringLiteral("Your latest lapse was today."));
    auto lapses = ui.profile().lapses().recent(10);
    ASSERT_TRUE(lapses.ok());
    ASSERT_EQ(lapses->size(), 2u);
    EXPECT_EQ(lapses->front().entry.whatHappened, QStringLiteral("Payday, old friends at the bar"));
    EXPECT_EQ(lapses->front().entry.occurredAt.date(), QDate(2026, 11, 20));
    ui.tap(ui.find(QStringLiteral("afterLapseDismiss")));

    // The count can be hidden, here and on Today.
    ui.tap(ui.find(QStringLiteral("hideLapseCounter")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ui.find(QStringLiteral("lapseSince")); }));
    EXPECT_TRUE(*ui.profile().preferences().lapseCounterHidden());
    ui.goTo(UiHarness::Destination::Today);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    EXPECT_FALSE(ui.find(QStringLiteral("todayLapseSince")));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(CheckInFlow, OnAPhoneWhatOpensAfterASaveIsShownNotLeftBelowTheFold) {
    UiHarness ui(QLocale(QLocale::English), kFridayEvening);
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    writePlanAfterLapse(ui, QStringLiteral("Tell Sam the same day and go to a meeting"));
    openCheckIn(ui);

    ui.tap(ui.find(QStringLiteral("checkInUsed")));
    ui.tap(ui.find(QStringLiteral("saveCheckIn")));
    QQuickItem* offer = ui.waitFor(QStringLiteral("offerLapse"));
    ASSERT_TRUE(offer);
    EXPECT_TRUE(ui.topIsInView(offer)) << "the offer to note what happened";
    ui.tap(ui.find(QStringLiteral("offerLapseYes")));
    QQuickItem* form = ui.waitFor(QStringLiteral("lapseForm"));
    ASSERT_TRUE(form);
    EXPECT_TRUE(ui.topIsInView(form)) << "the lapse form";
    ui.screenshot(QStringLiteral("phone-lapse-form"));
    ui.type(QStringLiteral("Payday")); // the form starts with the cursor in "what happened"
    ui.tap(ui.find(QStringLiteral("saveLapse")));

    QQuickItem* after = ui.waitFor(QStringLiteral("afterLapseCard"));
    ASSERT_TRUE(after);
    EXPECT_TRUE(ui.topIsInView(after)) << "the plan's after-a-lapse section";
    ui.screenshot(QStringLiteral("phone-after-lapse"));
    auto lapses = ui.profile().lapses().recent(10);
    ASSERT_TRUE(lapses.ok());
    ASSERT_EQ(lapses->size(), 1u);
    EXPECT_EQ(lapses->front().entry.whatHappened, QStringLiteral("Payday"));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(CheckInFlow, ALapseIsChangedAndADeleteTakenBack) {
    UiHarness ui(QLocale(QLocale::English), kFridayEvening);
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    LapseEntry lapse;
    lapse.occurredAt = withLocalOffset(kFridayEvening.addDays(-3));
    lapse.whatHappened = QStringLiteral("Argument with my brother");
    auto added = ui.profile().lapses().add(lapse);
    ASSERT_TRUE(added.ok());
    openCheckIn(ui);

    QQuickItem* edit = ui.waitFor(QStringLiteral("editLapse"));
    ASSERT_TRUE(edit);
    ui.tap(edit);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("lapseNextTime")));
    ui.tap(ui.find(QStringLiteral("lapseNextTime")));
    ui.type(QStringLiteral("Leave the room and walk"));
    ui.tap(ui.find(QStringLiteral("saveLapse")));
    auto changed = ui.profile().lapses().find(added->id);
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed->entry.nextTime, QStringLiteral("Leave the room and walk"));
    EXPECT_EQ(changed->entry.occurredAt, added->entry.occurredAt) << "the day was not changed";
    EXPECT_FALSE(ui.find(QStringLiteral("afterLapseCard"))) << "only a new lapse offers the plan";

    ui.tap(ui.waitFor(QStringLiteral("deleteLapse")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("lapseUndoBar")));
    EXPECT_EQ(ui.profile().lapses().recent(10)->size(), 0u);
    ui.screenshot(QStringLiteral("phone-lapse-undo"));
    ui.tap(ui.find(QStringLiteral("lapseUndoBarAction")));
    auto back = ui.profile().lapses().recent(10);
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->size(), 1u);
    EXPECT_EQ(back->front().id, added->id);
    EXPECT_EQ(back->front().entry.nextTime, QStringLiteral("Leave the room and walk"));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(CheckInFlow, TodaySaysTheCheckInIsDueOnceItsTimeComes) {
    // Two seconds before the default check-in time, 20:00.
    UiHarness ui(QLocale(QLocale::English),
                 QDateTime(QDate(2026, 11, 20), QTime(19, 59, 58)).toUTC());
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    const QString before = ui.textOf(QStringLiteral("checkInSummary"));
    EXPECT_TRUE(before.startsWith(QStringLiteral("How is today going?"))) << qPrintable(before);
    ui.clock().set(ui.now().addSecs(10));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return ui.textOf(QStringLiteral("checkInSummary")) ==
                   QStringLiteral("It's time for today's check-in.");
        },
        8000))
        << "with nothing saved, the page turns when the time comes";
}

// Timers stand still while a laptop sleeps: the clock jumps from Thursday night to Friday morning
// with no timer having fired, and the day must still turn within the recheck.
TEST(CheckInFlow, AfterTheComputerSleptTheNewDayShowsWithinTheRecheck) {
    const QDateTime thursdayNight = QDateTime(QDate(2026, 11, 19), QTime(21, 30)).toUTC();
    UiHarness ui(QLocale(QLocale::English), thursdayNight);
    ASSERT_TRUE(ui.window());
    LapseEntry lapse;
    lapse.occurredAt = withLocalOffset(thursdayNight.addDays(-3));
    ASSERT_TRUE(ui.profile().lapses().add(lapse).ok());
    CheckInAnswers answers;
    answers.mood = 6;
    ASSERT_TRUE(ui.profile().checkIns().saveToday(answers).ok());

    constexpr std::chrono::milliseconds kRecheck(100);
    CheckInToday today(ui.session(), kRecheck);
    LapseHistory lapses(ui.session(), kRecheck);
    ASSERT_TRUE(today.answered());
    EXPECT_EQ(lapses.sinceText(), QStringLiteral("3 days since your latest lapse."));

    ui.clock().set(QDateTime(QDate(2026, 11, 20), QTime(7, 30)).toUTC());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !today.answered(); }, 2000))
        << "Friday has no check-in yet";
    EXPECT_EQ(today.dayText(), QStringLiteral("Friday 20 November"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return lapses.sinceText() == QStringLiteral("4 days since your latest lapse."); },
        2000))
        << qPrintable(lapses.sinceText());
}
