#include "SamplePlans.h"
#include "SampleRecords.h"
#include "UiHarness.h"
#include "YearOfData.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

constexpr int kPlainText = 0; // Text.PlainText
constexpr qreal kTouchTarget = 48;
const QSize kPhone(360, 640);
const QSize kDesktop(1280, 800);

struct Look {
    const char* name; // in screenshot names
    ColorSchemePreference scheme;
    QLocale locale;
    QList<QSize> sizes;
};

void PrintTo(const Look& look, std::ostream* out) {
    *out << look.name;
}

QString sizeName(QSize size) {
    return size == kPhone ? QStringLiteral("phone") : QStringLiteral("desktop");
}

// Every item in the window's tree, hidden ones included.
void visitAll(QQuickItem* item, const std::function<void(QQuickItem*)>& visit) {
    visit(item);
    for (QQuickItem* child : item->childItems())
        visitAll(child, visit);
}

bool showsFocusRing(QQuickItem* focused) {
    bool shown = false;
    visitAll(focused, [&](QQuickItem* item) {
        shown = shown || (item->objectName() == u"focusRing" && item->isVisible());
    });
    return shown;
}

// What a client would notice on a screen, checked on every one: text from anywhere shown as
// written, every control big enough for a finger, nothing running off the window's edge.
void expectSoundScreen(UiHarness& ui, const QString& screen) {
    const qreal windowWidth = ui.window()->width();
    QStringList markup;
    QStringList cutOff;
    visitAll(ui.window()->contentItem(), [&](QQuickItem* item) {
        if (!item->isVisible() || !item->inherits("QQuickText"))
            return;
        const QString text = item->property("text").toString();
        if (text.isEmpty())
            return;
        if (item->property("textFormat").toInt() != kPlainText)
            markup << text;
        const QPointF topLeft = item->mapToScene({0, 0});
        const qreal drawn = std::max(item->width(), item->property("contentWidth").toReal());
        if (topLeft.x() < -0.5 || topLeft.x() + drawn > windowWidth + 0.5)
            cutOff << text;
    });
    EXPECT_TRUE(markup.isEmpty()) << qPrintable(screen)
                                  << ": text read as markup: " << qPrintable(markup.join(u'\n'));
    EXPECT_TRUE(cutOff.isEmpty()) << qPrintable(screen) << ": text past the window's edge: "
                                  << qPrintable(cutOff.join(u'\n'));

    QStringList small;
    for (QQuickItem* item : ui.focusableItems())
        if (item->isVisible() && (item->width() < kTouchTarget || item->height() < kTouchTarget))
            small << QStringLiteral("%1 %2x%3")
                         .arg(UiHarness::describe(item))
                         .arg(item->width())
                         .arg(item->height());
    EXPECT_TRUE(small.isEmpty()) << qPrintable(screen) << ": touch targets under 48 px: "
                                 << qPrintable(small.join(u'\n'));
}

// Tabs through the screen: wherever the focus lands, the focus ring shows, and Tab goes all the
// way round (no control keeps it, as a text area that takes Tab as a character would).
void expectFocusRingAtEveryTabStop(UiHarness& ui, const QString& screen) {
    QList<QQuickItem*> stops;
    for (int press = 0; press < 80; ++press) {
        ui.key(Qt::Key_Tab);
        QQuickItem* focused = ui.window()->activeFocusItem();
        ASSERT_TRUE(focused) << qPrintable(screen) << ": Tab left nothing with the focus";
        if (!stops.isEmpty() && focused == stops.first())
            break;
        ASSERT_FALSE(stops.contains(focused)) << qPrintable(screen) << ": Tab is stuck on "
                                              << qPrintable(UiHarness::describe(focused));
        stops << focused;
        if (stops.size() == 3)
            ui.screenshot(screen + QStringLiteral("-focus"));
        EXPECT_TRUE(showsFocusRing(focused)) << qPrintable(screen) << ": no focus ring on "
                                             << qPrintable(UiHarness::describe(focused));
    }
    EXPECT_FALSE(stops.isEmpty()) << qPrintable(screen) << ": Tab reaches the controls";
}

void goTo(UiHarness& ui, UiHarness::Destination destination, const char* page) {
    ui.goTo(destination);
    ASSERT_TRUE(ui.waitFor(QString::fromLatin1(page))) << page;
}

class LookTour : public ::testing::TestWithParam<Look> {
protected:
    UiHarness::Options options() const {
        UiHarness::Options options;
        options.locale = GetParam().locale;
        return options;
    }
    void show(UiHarness& ui, QSize size) {
        ui.setSystemColorScheme(GetParam().scheme);
        ui.resize(size.width(), size.height());
    }
    // Screenshot, then the checks; at desktop size a Tab walk as well. `ready` says when the
    // screen shows what it should, for screens that change by themselves.
    void look(UiHarness& ui, QSize size, const QString& screen,
              const std::function<bool()>& ready = {}) {
        const QString name = QStringLiteral("%1-%2-%3")
                                 .arg(sizeName(size), QString::fromLatin1(GetParam().name), screen);
        QTest::qWait(300);
        if (ready) {
            EXPECT_TRUE(QTest::qWaitFor(ready, 15000)) << qPrintable(name);
        }
        ui.screenshot(name);
        expectSoundScreen(ui, name);
        if (size == kDesktop)
            expectFocusRingAtEveryTabStop(ui, name);
    }
};

} // namespace

TEST_P(LookTour, TodayLogEditorSessionsClinicAndSharing) {
    for (QSize size : GetParam().sizes) {
        UiHarness ui(options());
        ASSERT_TRUE(ui.window());
        show(ui, size);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
        look(ui, size, QStringLiteral("today-empty"));

        ui.key(Qt::Key_N, Qt::ControlModifier);
        QQuickItem* slider = ui.waitFor(QStringLiteral("intensitySlider"));
        ASSERT_TRUE(slider);
        // The editor, once in place, gives the slider the focus: the Tab walk starts after.
        ASSERT_TRUE(QTest::qWaitFor([&] { return slider->hasActiveFocus(); }));
        look(ui, size, QStringLiteral("editor"));
        ui.key(Qt::Key_Escape);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));

        storeDemoCravings(ui, true);
        ASSERT_TRUE(QTest::qWaitFor([&] { return ui.find(QStringLiteral("latestLogs")); }));
        look(ui, size, QStringLiteral("today-logs"));
        goTo(ui, UiHarness::Destination::Log, "logPage");
        look(ui, size, QStringLiteral("log"));

        storeDemoSessions(ui, true);
        goTo(ui, UiHarness::Destination::Sessions, "sessionsPage");
        ASSERT_TRUE(ui.waitFor(QStringLiteral("sessionStatus")));
        look(ui, size, QStringLiteral("sessions"));

        goTo(ui, UiHarness::Destination::Clinic, "clinicPage");
        look(ui, size, QStringLiteral("clinic-signed-out"));
        QQuickItem* sharingButton = ui.waitFor(QStringLiteral("sharingButton"));
        ASSERT_TRUE(sharingButton);
        ui.tap(sharingButton);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("sharingPage")));
        look(ui, size, QStringLiteral("sharing"));
        EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
    }
}

TEST_P(LookTour, JournalSearchEditorAndEarlierVersions) {
    for (QSize size : GetParam().sizes) {
        UiHarness ui(options());
        ASSERT_TRUE(ui.window());
        show(ui, size);
        goTo(ui, UiHarness::Destination::Journal, "journalPage");
        look(ui, size, QStringLiteral("journal-empty"));

        storeDemoJournal(ui, true);
        ASSERT_TRUE(QTest::qWaitFor([&] { return ui.find(QStringLiteral("journalEntry-0")); }));
        look(ui, size, QStringLiteral("journal"));

        QQuickItem* search = ui.find(QStringLiteral("journalSearch"));
        ASSERT_TRUE(search);
        search->setProperty("text", QStringLiteral("walk gro"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return ui.find(QStringLiteral("journalSnippet")); }));
        look(ui, size, QStringLiteral("journal-search"));
        search->setProperty("text", QString());

        ui.tap(ui.waitFor(QStringLiteral("journalEntry-0")));
        QQuickItem* body = ui.waitFor(QStringLiteral("journalBodyField"));
        ASSERT_TRUE(body);
        // The editor, once in place, gives the text the focus: the Tab walk starts after.
        ASSERT_TRUE(QTest::qWaitFor([&] { return body->hasActiveFocus(); }));
        look(ui, size, QStringLiteral("journal-editor"));

        // Below the fold on a phone: the keyboard reaches it wherever it is.
        QQuickItem* versions = ui.waitFor(QStringLiteral("earlierVersionsButton"));
        ASSERT_TRUE(versions);
        versions->forceActiveFocus(Qt::TabFocusReason);
        ui.key(Qt::Key_Space);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("journalVersionsPage")));
        look(ui, size, QStringLiteral("journal-versions"));
        EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
    }
}

TEST_P(LookTour, PlanHelpNowAndTheHighCravingOffer) {
    for (QSize size : GetParam().sizes) {
        UiHarness ui(options());
        ASSERT_TRUE(ui.window());
        show(ui, size);
        goTo(ui, UiHarness::Destination::Plan, "planPage");
        look(ui, size, QStringLiteral("plan-empty"));
        ASSERT_TRUE(ui.profile().plan().save(fullPlanContent(), QStringLiteral("q|1")).ok());
        look(ui, size, QStringLiteral("plan-full"));
        QQuickItem* people = ui.find(QStringLiteral("planSection-people"));
        ASSERT_TRUE(people);
        ui.tap(ui.findAll(QStringLiteral("planEditButton"), people).first());
        ASSERT_TRUE(ui.waitFor(QStringLiteral("planNameField")));
        look(ui, size, QStringLiteral("plan-changing-a-person"));

        ui.key(Qt::Key_F1);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("helpPage")));
        look(ui, size, QStringLiteral("help"));
        ui.tap(ui.find(QStringLiteral("urgeTimerStart")));
        ui.clock().advanceSeconds(5 * 60);
        look(ui, size, QStringLiteral("help-timer"),
             [&] { return ui.textOf(QStringLiteral("urgeTimerRemaining")) == u"15:00"; });
        ui.key(Qt::Key_Escape);

        goTo(ui, UiHarness::Destination::Today, "todayPage");
        ui.key(Qt::Key_N, Qt::ControlModifier);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
        for (int i = 0; i < 5; ++i) // 5 -> 10
            ui.key(Qt::Key_Right);
        ui.key(Qt::Key_S, Qt::ControlModifier);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("highCravingOffer")));
        look(ui, size, QStringLiteral("high-craving-offer"));
        EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
    }
}

TEST_P(LookTour, TodayAYearInCheckInMedicinesAndProgram) {
    // Friday 4 December 2026, 09:30 on the device's clock.
    const QDateTime morning = QDateTime(QDate(2026, 12, 4), QTime(9, 30)).toUTC();
    for (QSize size : GetParam().sizes) {
        UiHarness::Options at = options();
        at.now = morning;
        UiHarness ui(at);
        ASSERT_TRUE(ui.window());
        show(ui, size);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
        fillYearOfData(ui.profile(), ui.clock(), ui.clinicAccount(), morning);
        goTo(ui, UiHarness::Destination::Log, "logPage");
        goTo(ui, UiHarness::Destination::Today, "todayPage");
        look(ui, size, QStringLiteral("today-year"),
             [&] { return ui.find(QStringLiteral("nextSession")) != nullptr; });

        goTo(ui, UiHarness::Destination::CheckIn, "checkInPage");
        ui.tap(ui.find(QStringLiteral("checkInSleepNoted"))); // the hours slept, to type or step
        look(ui, size, QStringLiteral("check-in"));
        ui.tap(ui.find(QStringLiteral("recordLapse")));
        QQuickItem* what = ui.waitFor(QStringLiteral("lapseWhat"));
        ASSERT_TRUE(what);
        ASSERT_TRUE(QTest::qWaitFor([&] { return what->hasActiveFocus(); }));
        look(ui, size, QStringLiteral("lapse-form"));

        goTo(ui, UiHarness::Destination::Medicines, "medicationPage");
        look(ui, size, QStringLiteral("medicines"),
             [&] { return ui.find(QStringLiteral("medicationRow")) != nullptr; });
        goTo(ui, UiHarness::Destination::Program, "programPage");
        look(ui, size, QStringLiteral("program"));
        EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
    }
}

TEST_P(LookTour, HomeworkAndAClinicsForm) {
    // Thursday 3 December 2026, 16:30 on the device's clock.
    const QDateTime afternoon = QDateTime(QDate(2026, 12, 3), QTime(16, 30)).toUTC();
    for (QSize size : GetParam().sizes) {
        UiHarness::Options at = options();
        at.now = afternoon;
        UiHarness ui(at);
        ASSERT_TRUE(ui.window());
        show(ui, size);
        storeDemoHomework(ui);
        goTo(ui, UiHarness::Destination::Homework, "homeworkPage");
        look(ui, size, QStringLiteral("homework"),
             [&] { return ui.find(QStringLiteral("homework-0")) != nullptr; });
        ui.tap(ui.find(QStringLiteral("homework-0")));
        ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkFormPage")));
        look(ui, size, QStringLiteral("homework-form"));
        EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
    }
}

TEST_P(LookTour, RemindersWithQuietHoursAndDetails) {
    for (QSize size : GetParam().sizes) {
        UiHarness ui(options());
        ASSERT_TRUE(ui.window());
        show(ui, size);
        goTo(ui, UiHarness::Destination::Reminders, "remindersPage");
        look(ui, size, QStringLiteral("reminders"));
        ReminderSettings settings;
        settings.quietHours = QuietHours{QTime(22, 0), QTime(7, 0)};
        settings.detailed = true;
        ASSERT_TRUE(ui.profile().reminders().setSettings(settings).ok());
        ASSERT_TRUE(ui.waitFor(QStringLiteral("quietFrom")));
        look(ui, size, QStringLiteral("reminders-quiet-detailed"));
        auto* flickable = ui.find(QStringLiteral("remindersScroll"))
                              ->property("contentItem")
                              .value<QQuickItem*>();
        ASSERT_TRUE(flickable);
        flickable->setProperty("contentY",
                               flickable->property("contentHeight").toReal() - flickable->height());
        look(ui, size, QStringLiteral("reminders-end"));
        EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
    }
}

TEST_P(LookTour, ClinicSignedInWithASyncProblem) {
    QTcpServer closed; // a port on this machine where no clinic answers
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    for (QSize size : GetParam().sizes) {
        UiHarness::Options signedIn = options();
        signedIn.signedInAt = QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(port));
        // One run and no retry for an hour, so that nothing starts while the screen is looked at.
        signedIn.linkSettings.scheduled = false;
        signedIn.linkSettings.retry.base = std::chrono::hours(1);
        UiHarness ui(signedIn);
        ASSERT_TRUE(ui.window());
        show(ui, size);
        ASSERT_EQ(ui.clinic().state(), ClinicConnection::State::SignedIn);
        ui.clinic().refresh();
        goTo(ui, UiHarness::Destination::Clinic, "clinicPage");
        look(ui, size, QStringLiteral("clinic-signed-in"),
             [&] { return ui.find(QStringLiteral("syncProblem")) && !ui.clinic().syncing(); });
        // The status line starts where the problem line does, busy indicator or not.
        QQuickItem* status = ui.find(QStringLiteral("syncStatus"));
        QQuickItem* problem = ui.find(QStringLiteral("syncProblem"));
        ASSERT_TRUE(status && problem);
        EXPECT_NEAR(status->mapToScene({}).x(), problem->mapToScene({}).x(), 0.5);
        EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
    }
}

TEST_P(LookTour, UnlockScreens) {
    for (QSize size : GetParam().sizes) {
        QTemporaryDir keychainProfile;
        {
            UiHarness::Options first = options();
            first.dataDir = keychainProfile.path();
            UiHarness ui(first);
            ASSERT_EQ(ui.session().state(), ProfileSession::State::Ready);
        }
        // The same profile, but this keychain does not have its key (locked, or another one).
        UiHarness::Options locked = options();
        locked.dataDir = keychainProfile.path();
        UiHarness keyUnavailable(locked);
        ASSERT_TRUE(keyUnavailable.window());
        ASSERT_EQ(keyUnavailable.session().state(), ProfileSession::State::KeyUnavailable);
        show(keyUnavailable, size);
        ASSERT_TRUE(keyUnavailable.waitFor(QStringLiteral("retryButton")));
        look(keyUnavailable, size, QStringLiteral("unlock-key-unavailable"));

        QTemporaryDir passphraseProfile;
        UiHarness::Options noKeyring = options();
        noKeyring.dataDir = passphraseProfile.path();
        noKeyring.keychainFailure = SecretErrorKind::Unavailable;
        {
            UiHarness choose(noKeyring);
            ASSERT_TRUE(choose.window());
            ASSERT_EQ(choose.session().state(), ProfileSession::State::ChoosePassphrase);
            show(choose, size);
            ASSERT_TRUE(choose.waitFor(QStringLiteral("confirmationField")));
            look(choose, size, QStringLiteral("unlock-choose-passphrase"));
            choose.session().createWithPassphrase(QStringLiteral("a long passphrase"),
                                                  QStringLiteral("a long passphrase"));
            ASSERT_TRUE(QTest::qWaitFor(
                [&] { return choose.session().state() == ProfileSession::State::Ready; }, 15000));
        }
        UiHarness enter(noKeyring);
        ASSERT_TRUE(enter.window());
        ASSERT_EQ(enter.session().state(), ProfileSession::State::EnterPassphrase);
        show(enter, size);
        ASSERT_TRUE(enter.waitFor(QStringLiteral("passphraseField")));
        look(enter, size, QStringLiteral("unlock-enter-passphrase"));
    }
}

INSTANTIATE_TEST_SUITE_P(
    BothSchemes, LookTour,
    ::testing::Values(
        Look{"light", ColorSchemePreference::Light, QLocale(QLocale::English), {kPhone, kDesktop}},
        Look{"dark", ColorSchemePreference::Dark, QLocale(QLocale::English), {kPhone, kDesktop}},
        Look{"light-es",
             ColorSchemePreference::Light,
             QLocale(QLocale::Spanish, QLocale::Spain),
             {kPhone}},
        Look{"dark-es",
             ColorSchemePreference::Dark,
             QLocale(QLocale::Spanish, QLocale::Spain),
             {kPhone}}),
    [](const ::testing::TestParamInfo<Look>& info) {
        std::string name = info.param.name;
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

// Esc on a keyboard and Back on Android close the page on top, whichever it is.
TEST(AppShellKeys, EscAndBackCloseTheTopPage) {
    UiHarness::Options offline;
    offline.linkSettings.scheduled = false;
    UiHarness ui(offline);
    ASSERT_TRUE(ui.window());
    // Signed in, so that the clinic page offers the sharing page; nothing is synced.
    ui.signInAt(QUrl(QStringLiteral("http://127.0.0.1:9/fhir")));
    ui.resize(kDesktop.width(), kDesktop.height());
    const auto closed = [&](const char* page) {
        return QTest::qWaitFor([&] { return !ui.find(QString::fromLatin1(page)); }, 3000);
    };

    for (int key : {int(Qt::Key_Escape), int(Qt::Key_Back)}) {
        ui.key(Qt::Key_N, Qt::ControlModifier);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("cravingEditorPage")));
        ui.key(key);
        EXPECT_TRUE(closed("cravingEditorPage")) << "key " << key << " on the editor";
        EXPECT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    }
    // With a list open, Esc closes the list and leaves the page alone.
    ui.key(Qt::Key_N, Qt::ControlModifier);
    QQuickItem* skills = ui.waitFor(QStringLiteral("skillPicker"));
    ASSERT_TRUE(skills);
    // Once opened, the editor gives the slider the focus; only then is it the client's turn.
    QQuickItem* slider = ui.find(QStringLiteral("intensitySlider"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return slider->hasActiveFocus(); }));
    skills->forceActiveFocus(Qt::TabFocusReason);
    ui.key(Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return skills->property("popup").value<QObject*>()->property("opened").toBool(); }));
    ui.key(Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return !skills->property("popup").value<QObject*>()->property("visible").toBool();
    }));
    EXPECT_TRUE(ui.find(QStringLiteral("cravingEditorPage"))) << "Esc closed the list only";
    ui.key(Qt::Key_Escape);
    EXPECT_TRUE(closed("cravingEditorPage"));

    goTo(ui, UiHarness::Destination::Clinic, "clinicPage");
    for (int key : {int(Qt::Key_Escape), int(Qt::Key_Back)}) {
        QQuickItem* sharingButton = ui.waitFor(QStringLiteral("sharingButton"));
        ASSERT_TRUE(sharingButton);
        ui.tap(sharingButton);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("sharingPage")));
        ui.key(key);
        EXPECT_TRUE(closed("sharingPage")) << "key " << key << " on the sharing page";
        EXPECT_TRUE(ui.waitFor(QStringLiteral("clinicPage")));
    }
    ui.key(Qt::Key_Back);
    EXPECT_TRUE(ui.waitFor(QStringLiteral("clinicPage"))) << "Back on a main page stays there";
}
