#include "ClockText.h"
#include "PrivateBus.h"
#include "RealDunst.h"
#include "ReminderDelivery.h"
#include "UiHarness.h"
#include "linux/DBusNotifier.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QDate kDay(2026, 12, 7);
const QString kSessionTitle = QStringLiteral("Relapse prevention group");
const QString kMedicine = QStringLiteral("Naltrexone");
const QString kHomework = QStringLiteral("Thought record about the craving on Friday");

QDateTime local(const QTime& time) {
    return QDateTime(kDay, time, Qt::LocalTime);
}

// One of each kind, all due at 08:00: a session at 09:00 (its hour-before), a dose at 08:00, the
// check-in at 08:00 and homework due today, reminded of at 08:00.
void storeOneOfEachKind(UiHarness& ui) {
    Profile& profile = ui.profile();
    const ClinicAccountId account = ui.clinicAccount();
    Session session;
    session.id = QStringLiteral("group-monday");
    session.versionId = QStringLiteral("1");
    session.kind = Session::Kind::Group;
    session.status = Session::Status::Booked;
    session.title = kSessionTitle;
    session.start = local(QTime(9, 0));
    session.end = local(QTime(10, 30));
    ASSERT_TRUE(profile.sessions().replace(account, session).ok());
    profile.sessions().announceChanges();

    MedicationEntry medicine;
    medicine.name = kMedicine;
    medicine.dose = {50, QStringLiteral("mg")};
    medicine.schedule.timesOfDay = {QTime(8, 0)};
    ASSERT_TRUE(profile.medications().add(medicine).ok());

    HomeworkTask task;
    task.id = QStringLiteral("thought-record");
    task.versionId = QStringLiteral("1");
    task.status = QStringLiteral("ready");
    task.due = kDay.toString(Qt::ISODate);
    task.form = QStringLiteral("https://clinic.example/Questionnaire/thought-record|1");
    task.description = kHomework;
    task.resource = QJsonObject{{"resourceType", "Task"}, {"id", task.id}};
    ASSERT_TRUE(profile.homework().replaceTasks(account, {task}, {}).ok());

    ASSERT_TRUE(profile.preferences().setCheckInTime(QTime(8, 0)).ok());
    ReminderSettings settings;
    settings.homeworkTime = QTime(8, 0);
    ASSERT_TRUE(profile.reminders().setSettings(settings).ok());
}

// Words that would tell whoever sees the screen what the app is for.
bool revealing(const RealDunst::Received& notification, QString* word) {
    const QString shown = notification.value("DUNST_APP_NAME") + u' ' +
                          notification.value("DUNST_SUMMARY") + u' ' +
                          notification.value("DUNST_BODY");
    for (const QString& giveaway :
         {QStringLiteral("therap"), QStringLiteral("addict"), QStringLiteral("craving"),
          QStringLiteral("medic"), QStringLiteral("dose"), QStringLiteral("session"),
          QStringLiteral("recovery"), QStringLiteral("relapse"), QStringLiteral("homework"),
          QStringLiteral("check-in"), QStringLiteral("clinic"), kMedicine, kSessionTitle,
          kHomework}) {
        if (shown.contains(giveaway, Qt::CaseInsensitive)) {
            *word = giveaway;
            return true;
        }
    }
    return false;
}

UiHarness::Options startingAt(const QDateTime& now, Notifier* notifier = nullptr) {
    UiHarness::Options options;
    options.now = now;
    options.notifier = notifier;
    return options;
}

QString screenshotOfTheScreen(const QString& name) {
    QDir().mkpath(QStringLiteral(STEPSTONE_SCREENSHOT_DIR));
    const QString path = QStringLiteral(STEPSTONE_SCREENSHOT_DIR "/") + name + ".png";
    QGuiApplication::primaryScreen()->grabWindow(0).save(path);
    return path;
}

} // namespace

TEST(ReminderNotifications,
     EachKindReachesARealNotificationServerDiscreetlyAndItsActionsChangeTheData) {
    PrivateBus bus;
    ASSERT_TRUE(bus.isUp());
    RealDunst dunst(bus.address());
    ASSERT_TRUE(dunst.waitUntilUp()) << "dunst did not take org.freedesktop.Notifications";
    platform::DBusNotifier notifier(bus.connect(QStringLiteral("reminders")));
    UiHarness ui(startingAt(local(QTime(7, 50)), &notifier));
    storeOneOfEachKind(ui);
    ReminderDelivery& delivery = ui.reminders();
    delivery.deliverDue();
    ASSERT_EQ(dunst.received().size(), 0) << "nothing is due at 07:50";

    ui.clock().set(local(QTime(8, 0)));
    delivery.deliverDue();
    ASSERT_TRUE(dunst.waitForReceived(4))
        << dunst.received().size() << " received; " << delivery.problem().toStdString();
    const QList<RealDunst::Received> received = dunst.received();
    ASSERT_EQ(received.size(), 4);
    // Shown in the order of their keys at one time: check-in, dose, homework, session; each
    // says the time of what it is about (the session's start).
    const QList<QTime> eventTimes{QTime(8, 0), QTime(8, 0), QTime(8, 0), QTime(9, 0)};
    for (qsizetype i = 0; i < received.size(); ++i) {
        const RealDunst::Received& notification = received[i];
        EXPECT_EQ(notification.value("DUNST_APP_NAME"), QStringLiteral("Stepstone"));
        EXPECT_EQ(notification.value("DUNST_SUMMARY"), QStringLiteral("Reminder"));
        EXPECT_EQ(notification.value("DUNST_BODY"),
                  QStringLiteral("Reminder at ") + clockText(eventTimes[i]));
        QString word;
        EXPECT_FALSE(revealing(notification, &word)) << "shows " << word.toStdString();
    }
    EXPECT_EQ(dunst.displayed(), 4);
    screenshotOfTheScreen(QStringLiteral("notification-discreet"));
    EXPECT_TRUE(delivery.problem().isEmpty()) << delivery.problem().toStdString();

    const QString checkInId = received[0].value("DUNST_ID");
    const QString doseId = received[1].value("DUNST_ID");
    const QString sessionId = received[3].value("DUNST_ID");

    ASSERT_TRUE(dunst.choose(doseId, QStringLiteral("taken")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto doses = ui.profile().doses().doses(kDay);
            return doses.ok() && doses->size() == 1 && doses->front().state == DoseState::Taken;
        },
        5000))
        << "the dose is marked taken from the notification";

    ASSERT_TRUE(dunst.choose(sessionId, QStringLiteral("snooze")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto snoozed = ui.profile().reminders().snoozed();
            return snoozed.ok() && snoozed->size() == 1;
        },
        5000))
        << "the snooze is kept";
    EXPECT_EQ(ui.profile().reminders().snoozed()->front().until, local(QTime(8, 10)));

    QSignalSpy opened(&delivery, &ReminderDelivery::openRequested);
    ASSERT_TRUE(dunst.choose(checkInId, QStringLiteral("open")));
    ASSERT_TRUE(opened.wait(5000));
    EXPECT_EQ(opened.front().front().toString(), QStringLiteral("checkIn"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return dunst.displayed() == 1; }, 5000))
        << "each notification answered goes away; the homework one stays";

    ui.clock().set(local(QTime(8, 10)));
    delivery.deliverDue();
    ASSERT_TRUE(dunst.waitForReceived(5)) << "the snoozed reminder comes back at 08:10";
    EXPECT_EQ(dunst.received().back().value("DUNST_BODY"),
              QStringLiteral("Reminder at ") + clockText(QTime(9, 0)));
    delivery.deliverDue();
    QTest::qWait(300);
    EXPECT_EQ(dunst.received().size(), 5) << "nothing is shown twice";
}

TEST(ReminderNotifications, DetailsComeOnlyWhenTheClientAsksForThem) {
    PrivateBus bus;
    ASSERT_TRUE(bus.isUp());
    RealDunst dunst(bus.address());
    ASSERT_TRUE(dunst.waitUntilUp());
    platform::DBusNotifier notifier(bus.connect(QStringLiteral("reminders")));
    UiHarness ui(startingAt(local(QTime(7, 50)), &notifier));
    storeOneOfEachKind(ui);
    auto settings = ui.profile().reminders().settings();
    ASSERT_TRUE(settings.ok());
    settings->detailed = true;
    ASSERT_TRUE(ui.profile().reminders().setSettings(*settings).ok());
    ReminderDelivery& delivery = ui.reminders();
    delivery.deliverDue();

    ui.clock().set(local(QTime(8, 0)));
    delivery.deliverDue();
    ASSERT_TRUE(dunst.waitForReceived(4));
    const QList<RealDunst::Received> received = dunst.received();
    ASSERT_EQ(received.size(), 4);
    EXPECT_EQ(received[0].value("DUNST_SUMMARY"), QStringLiteral("Daily check-in"));
    EXPECT_EQ(received[1].value("DUNST_BODY"), kMedicine);
    EXPECT_EQ(received[2].value("DUNST_BODY"), kHomework);
    EXPECT_EQ(received[3].value("DUNST_SUMMARY"),
              QStringLiteral("Session at ") + clockText(QTime(9, 0)));
    EXPECT_EQ(received[3].value("DUNST_BODY"), kSessionTitle);
    screenshotOfTheScreen(QStringLiteral("notification-detailed"));
}

TEST(ReminderNotifications, AfterThreeDaysClosedOneSummaryComesNotABurst) {
    UiHarness ui(startingAt(local(QTime(7, 50)).addDays(-3)));
    storeOneOfEachKind(ui);
    ui.reminders().deliverDue();
    ASSERT_TRUE(ui.notifier().order.isEmpty());

    ui.clock().set(local(QTime(9, 30)));
    ui.reminders().deliverDue();
    // Gone by: three days of doses and check-ins, the session that began at 09:00. Still worth
    // having: today's dose (due until 10:00), today's check-in and the homework due today.
    EXPECT_EQ(ui.notifier().order, QStringList{QLatin1String(ReminderDelivery::kMissedTag)});
    const Notification summary = ui.notifier().showing.value(ReminderDelivery::kMissedTag);
    EXPECT_EQ(summary.body, QStringLiteral("3 reminders while the app was closed"));
    EXPECT_EQ(summary.actions.size(), 1u);

    ui.reminders().deliverDue();
    EXPECT_EQ(ui.notifier().order.size(), 1) << "nothing more at the next tick";
}

TEST(ReminderNotifications, ADesktopThatRefusesIsSaidOnThePageUntilItShowsOneAgain) {
    UiHarness ui(startingAt(local(QTime(7, 50))));
    ASSERT_TRUE(ui.window());
    storeOneOfEachKind(ui);
    ui.goTo(UiHarness::Destination::Reminders);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("remindersPage")));
    EXPECT_FALSE(ui.find(QStringLiteral("remindersProblem")));
    const QString refused = QStringLiteral("The desktop did not show a reminder");

    ui.notifier().refusing = true;
    ui.clock().set(local(QTime(8, 0)));
    ui.reminders().deliverDue();
    ASSERT_TRUE(ui.waitFor(QStringLiteral("remindersProblem")));
    EXPECT_TRUE(ui.textOf(QStringLiteral("remindersProblem")).startsWith(refused));

    ui.clock().set(local(QTime(8, 1)));
    ui.reminders().deliverDue();
    QTest::qWait(50);
    EXPECT_TRUE(ui.textOf(QStringLiteral("remindersProblem")).startsWith(refused))
        << "a tick with nothing to show says nothing of the desktop";

    MedicationEntry later;
    later.name = QStringLiteral("Vitamin B1");
    later.dose = {100, QStringLiteral("mg")};
    later.schedule.timesOfDay = {QTime(8, 5)};
    ASSERT_TRUE(ui.profile().medications().add(later).ok());
    ui.notifier().refusing = false;
    ui.clock().set(local(QTime(8, 5)));
    ui.reminders().deliverDue();
    EXPECT_EQ(ui.notifier().order.size(), 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !ui.find(QStringLiteral("remindersProblem")); }))
        << "shown again: " << ui.textOf(QStringLiteral("remindersProblem")).toStdString();
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}
