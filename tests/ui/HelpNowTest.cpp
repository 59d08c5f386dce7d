#include "OpenedUrls.h"
#include "SamplePlans.h"
#include "UiHarness.h"

#include <QAccessible>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// What a screen reader says for `item`.
QString spokenName(QQuickItem* item) {
    QAccessibleInterface* accessible = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

const QString kQuestionnaire = QStringLiteral("q|1");

bool helpShown(UiHarness& ui) {
    return ui.find(QStringLiteral("helpPage")) != nullptr;
}

bool helpClosed(UiHarness& ui) {
    return QTest::qWaitFor([&] { return !helpShown(ui); }, 3000);
}

// Opens "I need help now" with a tap on its button and then with F1 from wherever the client is,
// and checks each time that it came, over the page, and that Esc leaves the page as it was.
void expectHelpByTapAndByKey(UiHarness& ui, const char* page) {
    const QString pageName = QString::fromLatin1(page);
    ASSERT_TRUE(ui.waitFor(pageName)) << page;
    QQuickItem* button = ui.find(QStringLiteral("helpNowButton"));
    ASSERT_TRUE(button) << page << ": no help button";
    ui.tap(button);
    EXPECT_TRUE(ui.waitFor(QStringLiteral("helpPage"))) << page << ": a tap did not open help";
    ui.key(Qt::Key_Escape);
    EXPECT_TRUE(helpClosed(ui)) << page;
    EXPECT_TRUE(ui.waitFor(pageName)) << page << ": Esc must come back to the same page";

    ui.key(Qt::Key_F1);
    EXPECT_TRUE(ui.waitFor(QStringLiteral("helpPage"))) << page << ": F1 did not open help";
    ui.tap(ui.find(QStringLiteral("helpCloseButton")));
    EXPECT_TRUE(helpClosed(ui)) << page;
    EXPECT_TRUE(ui.waitFor(pageName)) << page;
}

} // namespace

TEST(HelpNow, ReachedFromEveryPageByTapAndByF1) {
    UiHarness::Options offline;
    offline.linkSettings.scheduled = false;
    for (QSize size : {QSize(360, 640), QSize(1280, 800)}) {
        UiHarness ui(offline);
        ASSERT_TRUE(ui.window());
        ui.signInAt(QUrl(QStringLiteral("http://127.0.0.1:9/fhir"))); // for the sharing page
        ui.resize(size.width(), size.height());
        SCOPED_TRACE(size.width());
        const std::pair<UiHarness::Destination, const char*> destinations[] = {
            {UiHarness::Destination::Today, "todayPage"},
            {UiHarness::Destination::Log, "logPage"},
            {UiHarness::Destination::Plan, "planPage"},
            {UiHarness::Destination::Sessions, "sessionsPage"},
            {UiHarness::Destination::Clinic, "clinicPage"},
        };
        for (const auto& [destination, page] : destinations) {
            ui.goTo(destination);
            expectHelpByTapAndByKey(ui, page);
        }
        // Pages on top: the craving editor keeps what was typed under the help page.
        ui.key(Qt::Key_N, Qt::ControlModifier);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("noteField")));
        ui.tap(ui.find(QStringLiteral("noteField")));
        ui.type(QStringLiteral("half written"));
        expectHelpByTapAndByKey(ui, "cravingEditorPage");
        EXPECT_EQ(ui.find(QStringLiteral("noteField"))->property("text").toString(),
                  "half written");
        ui.key(Qt::Key_Escape);
        ui.goTo(UiHarness::Destination::Clinic);
        ui.tap(ui.waitFor(QStringLiteral("sharingButton")));
        expectHelpByTapAndByKey(ui, "sharingPage");
        EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
    }
}

TEST(HelpNow, ReachedFromTheLockedScreensWithoutThePlan) {
    QTemporaryDir profile;
    {
        UiHarness::Options first;
        first.dataDir = profile.path();
        UiHarness ui(first);
        ASSERT_EQ(ui.session().state(), ProfileSession::State::Ready);
        ASSERT_TRUE(ui.profile().plan().save(fullPlanContent(), kQuestionnaire).ok());
    }
    UiHarness::Options locked;
    locked.dataDir = profile.path(); // this keychain does not have the key
    UiHarness ui(locked);
    ASSERT_EQ(ui.session().state(), ProfileSession::State::KeyUnavailable);
    ui.resize(360, 640);
    expectHelpByTapAndByKey(ui, "unlockPage");
    ui.key(Qt::Key_F1);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("helpPage")));
    EXPECT_FALSE(ui.visibleText().contains(QStringLiteral("Walk the dog")))
        << "the plan stays locked";
    EXPECT_FALSE(ui.find(QStringLiteral("helpPeople")));
    EXPECT_TRUE(ui.find(QStringLiteral("helpCrisisLines")));
    EXPECT_TRUE(ui.find(QStringLiteral("urgeTimerStart")));
    ui.screenshot(QStringLiteral("phone-help-locked"));
}

TEST(HelpNow, OwnStepsAndPeopleFirstThenCrisisLinesThenTheTimer) {
    for (const QLocale& locale : {QLocale(QLocale::English), QLocale(QLocale::Spanish)}) {
        UiHarness ui(locale);
        ASSERT_TRUE(ui.window());
        ASSERT_TRUE(ui.profile().plan().save(fullPlanContent(), kQuestionnaire).ok());
        for (QSize size : {QSize(360, 640), QSize(1280, 800)}) {
            ui.resize(size.width(), size.height());
            ui.key(Qt::Key_F1);
            ASSERT_TRUE(ui.waitFor(QStringLiteral("helpPage")));
            qreal above = -1;
            for (const char* part :
                 {"helpOwnSteps", "helpPeople", "helpCrisisLines", "helpUrgeTimer"}) {
                QQuickItem* item = ui.find(QString::fromLatin1(part));
                ASSERT_TRUE(item) << part;
                const qreal y = item->mapToScene({0, 0}).y();
                EXPECT_GT(y, above) << part << " is out of order";
                above = y;
            }
            EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Walk the dog around the block")));
            EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Sam (sponsor)")));
            const QString name = QStringLiteral("%1-%2help")
                                     .arg(size.width() == 360 ? "phone" : "desktop",
                                          locale.language() == QLocale::Spanish ? "es-" : "");
            ui.screenshot(name);
            ui.key(Qt::Key_Escape);
            ASSERT_TRUE(helpClosed(ui));
        }
        EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
    }
}

// The Call and Text buttons beside a person, on the plan and on the help page, hand the phone
// and messages apps the number as digits; a crisis line's buttons do the same with its own.
TEST(HelpNow, CallAndTextButtonsHandTheSystemTelAndSmsAddresses) {
    OpenedUrls opened;
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    ASSERT_TRUE(ui.profile().plan().save(fullPlanContent(), kQuestionnaire).ok());
    ui.goTo(UiHarness::Destination::Plan);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("planPage")));
    QQuickItem* call = ui.find(QStringLiteral("callButton"));
    ASSERT_TRUE(call);
    ui.tap(call);
    ui.tap(ui.find(QStringLiteral("textButton")));
    EXPECT_EQ(opened.urls, (QList<QUrl>{QUrl(QStringLiteral("tel:5551234567")),
                                        QUrl(QStringLiteral("sms:5551234567"))}));

    opened.urls.clear();
    ui.key(Qt::Key_F1);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("helpPage")));
    QQuickItem* people = ui.find(QStringLiteral("helpPeople"));
    ASSERT_TRUE(people);
    const auto calls = ui.findAll(QStringLiteral("callButton"), people);
    // Sam and Dr. Lee (a professional, 1-800-FLOWERS) can be called; "call mom" cannot.
    ASSERT_EQ(calls.size(), 2);
    for (QQuickItem* button : calls)
        ui.tap(button);
    const auto lines = ui.findAll(QStringLiteral("crisisContact"));
    ASSERT_GE(lines.size(), 3);
    for (int i = 0; i < 3; ++i)
        ui.tap(lines.at(i)); // 988: call, text, chat
    EXPECT_EQ(opened.urls,
              (QList<QUrl>{QUrl(QStringLiteral("tel:5551234567")),
                           QUrl(QStringLiteral("tel:18003569377")), QUrl(QStringLiteral("tel:988")),
                           QUrl(QStringLiteral("sms:988")),
                           QUrl(QStringLiteral("https://988lifeline.org/chat"))}));
}

TEST(HelpNow, EmptyPlanStillGivesCrisisLinesAndTheTimer) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    ui.key(Qt::Key_F1);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("helpPage")));
    EXPECT_TRUE(ui.find(QStringLiteral("helpCrisisLines")));
    EXPECT_TRUE(ui.find(QStringLiteral("urgeTimerStart")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("add yours under My plan")));
}

TEST(HelpNow, TheUrgeTimerRunsOnTheClockPausesAndShowsOneStepAtATime) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ASSERT_TRUE(ui.profile().plan().save(fullPlanContent(), kQuestionnaire).ok());
    ui.resize(360, 640);
    ui.key(Qt::Key_F1);
    QQuickItem* start = ui.waitFor(QStringLiteral("urgeTimerStart"));
    ASSERT_TRUE(start);
    EXPECT_EQ(ui.textOf(QStringLiteral("urgeTimerRemaining")), "20:00");
    ui.tap(start);
    const auto shows = [&](const char* remaining) {
        return QTest::qWaitFor(
            [&] { return ui.textOf(QStringLiteral("urgeTimerRemaining")) == remaining; }, 2000);
    };
    EXPECT_EQ(ui.textOf(QStringLiteral("urgeTimerStep")), "Walk the dog around the block");
    ui.clock().advanceSeconds(65);
    EXPECT_TRUE(shows("18:55")) << qPrintable(ui.textOf(QStringLiteral("urgeTimerRemaining")));
    EXPECT_EQ(spokenName(ui.find(QStringLiteral("urgeTimerRemaining"))), "19 minutes left");
    ui.screenshot(QStringLiteral("phone-help-timer-running"));

    ui.tap(ui.find(QStringLiteral("urgeTimerPause")));
    ui.clock().advanceSeconds(300);
    QTest::qWait(600);
    EXPECT_EQ(ui.textOf(QStringLiteral("urgeTimerRemaining")), "18:55") << "paused";
    ui.tap(ui.waitFor(QStringLiteral("urgeTimerResume")));
    ui.clock().advanceSeconds(60);
    EXPECT_TRUE(shows("17:55"));
    ui.clock().advanceSeconds(16 * 60 + 55);
    EXPECT_TRUE(shows("1:00"));
    EXPECT_EQ(spokenName(ui.find(QStringLiteral("urgeTimerRemaining"))), "1 minute left");

    ui.tap(ui.find(QStringLiteral("urgeTimerNextStep")));
    EXPECT_EQ(ui.textOf(QStringLiteral("urgeTimerStep")),
              "Cold water on my face, breathe out slowly");

    // Leaving help does not stop it: the client may be on a call.
    ui.key(Qt::Key_Escape);
    ASSERT_TRUE(helpClosed(ui));
    ui.clock().advanceSeconds(17 * 60 + 55);
    ui.key(Qt::Key_F1);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("helpPage")));
    EXPECT_TRUE(ui.waitFor(QStringLiteral("urgeTimerDone")));
    EXPECT_EQ(ui.textOf(QStringLiteral("urgeTimerRemaining")), "0:00");
    ui.screenshot(QStringLiteral("phone-help-timer-done"));
    ui.tap(ui.find(QStringLiteral("urgeTimerStart")));
    EXPECT_TRUE(shows("20:00")) << "start again";
    ui.tap(ui.find(QStringLiteral("urgeTimerEnd")));
    EXPECT_TRUE(ui.waitFor(QStringLiteral("urgeTimerIntro")));
}

TEST(HighCraving, AStrongCravingOffersThePlanAndEscPutsItAway) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ASSERT_TRUE(ui.profile().plan().save(fullPlanContent(), kQuestionnaire).ok());
    for (QSize size : {QSize(360, 640), QSize(1280, 800)}) {
        ui.resize(size.width(), size.height());
        ui.key(Qt::Key_N, Qt::ControlModifier);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
        for (int i = 0; i < 3; ++i) // 5 -> 8
            ui.key(Qt::Key_Right);
        ui.key(Qt::Key_S, Qt::ControlModifier);
        QQuickItem* offer = ui.waitFor(QStringLiteral("highCravingOffer"));
        ASSERT_TRUE(offer) << "a craving of 8 offers the plan";
        EXPECT_EQ(ui.findAll(QStringLiteral("offerStep")).size(), 3);
        // The first two the phone can call: Sam and Dr. Lee; not Mom ("call mom") nor Dana.
        const auto people = ui.findAll(QStringLiteral("offerPerson"));
        ASSERT_EQ(people.size(), 2);
        EXPECT_EQ(ui.findAll(QStringLiteral("callButton"), people.at(0)).size(), 1);
        EXPECT_EQ(ui.findAll(QStringLiteral("callButton"), people.at(1)).size(), 1);
        EXPECT_FALSE(ui.visibleText().contains(QStringLiteral("call mom")));
        EXPECT_TRUE(ui.find(QStringLiteral("offerTimerButton")));
        EXPECT_TRUE(ui.find(QStringLiteral("todayPage"))) << "the page stays, nothing blocks it";
        ui.screenshot(
            QStringLiteral("%1-high-craving-offer").arg(size.width() == 360 ? "phone" : "desktop"));
        ui.key(Qt::Key_Escape);
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return !ui.find(QStringLiteral("highCravingOffer")); }, 2000));
    }
    EXPECT_EQ(ui.savedLogs().size(), 2u);
}

TEST(HighCraving, BelowTheLevelNothingIsOfferedAndTheLevelIsTheClients) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    const auto logCraving = [&](int rightPresses) {
        ui.key(Qt::Key_N, Qt::ControlModifier);
        EXPECT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
        for (int i = 0; i < rightPresses; ++i)
            ui.key(Qt::Key_Right);
        ui.key(Qt::Key_S, Qt::ControlModifier);
        EXPECT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
        QTest::qWait(300);
    };
    logCraving(1); // 6, under the default 7
    EXPECT_FALSE(ui.find(QStringLiteral("highCravingOffer")));
    logCraving(2); // 7: at the level
    EXPECT_TRUE(ui.find(QStringLiteral("highCravingOffer")));
    ui.tap(ui.find(QStringLiteral("offerDismissButton")));
    EXPECT_FALSE(ui.find(QStringLiteral("highCravingOffer")));

    // The client lowers the level on the plan page; it is kept in the profile.
    ui.goTo(UiHarness::Destination::Plan);
    QQuickItem* level = ui.waitFor(QStringLiteral("highCravingLevel"));
    ASSERT_TRUE(level);
    level->forceActiveFocus(Qt::TabFocusReason);
    ui.key(Qt::Key_Left);
    ui.key(Qt::Key_Left);
    ASSERT_EQ(*ui.profile().preferences().highCravingLevel(), 5);
    ui.goTo(UiHarness::Destination::Today);
    logCraving(1); // 6, now above the client's 5
    EXPECT_TRUE(ui.find(QStringLiteral("highCravingOffer")));

    // Editing an old log up to 10 is not a craving happening now.
    ui.key(Qt::Key_Escape);
    ui.goTo(UiHarness::Destination::Log);
    ui.tap(ui.waitFor(QStringLiteral("allLogs")), {0.5, 0.05});
    ASSERT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
    for (int i = 0; i < 5; ++i)
        ui.key(Qt::Key_Right);
    ui.key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("logPage")));
    QTest::qWait(300);
    EXPECT_FALSE(ui.find(QStringLiteral("highCravingOffer")));
}

TEST(HighCraving, TheTimerButtonOpensHelpWithTheTimerRunning) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    ui.key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
    for (int i = 0; i < 5; ++i)
        ui.key(Qt::Key_Right);
    ui.key(Qt::Key_S, Qt::ControlModifier);
    QQuickItem* timer = ui.waitFor(QStringLiteral("offerTimerButton"));
    ASSERT_TRUE(timer) << "an empty plan still offers the timer";
    ui.screenshot(QStringLiteral("phone-high-craving-offer-empty-plan"));
    ui.tap(timer);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("helpPage")));
    EXPECT_TRUE(ui.waitFor(QStringLiteral("urgeTimerPause"))) << "running";
    ui.key(Qt::Key_Escape);
    EXPECT_TRUE(helpClosed(ui));
    EXPECT_FALSE(ui.find(QStringLiteral("highCravingOffer")));
}
