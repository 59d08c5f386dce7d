#include "SampleRecords.h"
#include "UiHarness.h"
#include "sync/ScriptedHttpServer.h"
#include "sync/SyncSteps.h"

#include <QTest>
#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

TEST(ClinicPages, PhoneSessionsShowPlaceVideoAndCancellation) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    storeDemoSessions(ui);
    ui.goTo(UiHarness::Destination::Sessions);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("sessionsPage")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return ui.visibleText().contains(QStringLiteral("Relapse prevention group")); }));
    const QString text = ui.visibleText();
    EXPECT_TRUE(text.contains(QStringLiteral("Tomorrow"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Riverside Clinic, Room 2")));
    EXPECT_TRUE(text.contains(QStringLiteral("Join video session")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cancelled")));
    EXPECT_TRUE(text.contains(QStringLiteral("Group session")));
    EXPECT_TRUE(text.contains(QStringLiteral("may be out of date"))) << "signed out: says so";
    EXPECT_TRUE(ui.controlsWithoutAccessibleName().isEmpty())
        << qPrintable(ui.controlsWithoutAccessibleName().join(u'\n'));
    ui.screenshot(QStringLiteral("phone-sessions"));
    ui.resize(1280, 800);
    ui.screenshot(QStringLiteral("desktop-sessions"));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(ClinicPages, SpanishSessionsAndClinicPage) {
    UiHarness ui{QLocale(QLocale::Spanish, QLocale::Spain)};
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    storeDemoSessions(ui);
    ui.goTo(UiHarness::Destination::Sessions);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("sessionsPage")));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return ui.visibleText().contains(QStringLiteral("Mañana")); }));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Cancelada")));
    ui.screenshot(QStringLiteral("phone-es-sessions"));
    ui.goTo(UiHarness::Destination::Clinic);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("clinicPage")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Conectar con tu clínica")));
    ui.screenshot(QStringLiteral("phone-es-clinic"));
}

TEST(ClinicPages, AnInsecureAddressIsRefusedInWordsAndNoBrowserOpens) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    ui.goTo(UiHarness::Destination::Clinic);
    QQuickItem* address = ui.waitFor(QStringLiteral("clinicAddress"));
    ASSERT_TRUE(address);
    ui.tap(address);
    ui.type(QStringLiteral("http://clinic.example.org/fhir"));
    ui.tap(ui.find(QStringLiteral("signInButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("clinicMessage")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("secure (https)")));
    EXPECT_TRUE(ui.browser().opened.isEmpty());
    EXPECT_EQ(ui.clinic().state(), ClinicConnection::State::SignedOut);
    ui.screenshot(QStringLiteral("phone-clinic-insecure-address"));
}

TEST(ClinicPages, SignInOpensTheClinicsPageWithPkceAndCanBeCancelled) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ScriptedHttpServer clinic;
    const QByteArray origin = clinic.baseUrl().adjusted(QUrl::RemovePath).toString().toUtf8();
    clinic.respond(200,
                   R"({"authorization_endpoint":")" + origin + R"(/auth",
        "token_endpoint":")" +
                       origin + R"(/token","code_challenge_methods_supported":["S256"],
        "capabilities":["launch-standalone","permission-v2"]})",
                   {{"Content-Type", "application/json"}});
    ui.resize(1280, 800);
    ui.goTo(UiHarness::Destination::Clinic);
    QQuickItem* address = ui.waitFor(QStringLiteral("clinicAddress"));
    ASSERT_TRUE(address);
    ui.tap(address);
    ui.type(clinic.baseUrl().toString());
    ui.key(Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ui.browser().opened.isEmpty(); }, 5000));
    const QUrlQuery query(ui.browser().opened.first());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("code_challenge_method")),
              QStringLiteral("S256"));
    EXPECT_FALSE(query.queryItemValue(QStringLiteral("code_challenge")).isEmpty());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
              requestedScopes(ScopeStyle::V2, syncAccess()).join(u' '))
        << "exactly what the sync needs";
    EXPECT_EQ(ui.clinic().state(), ClinicConnection::State::SigningIn);
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("in your browser")));
    ui.screenshot(QStringLiteral("desktop-clinic-signing-in"));
    ui.clinic().cancelSignIn();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return ui.clinic().state() == ClinicConnection::State::SignedOut; }));
    EXPECT_TRUE(ui.clinic().message().isEmpty()) << "cancelling is not an error";
}

TEST(ClinicPages, AClinicLinkFillsInTheAddress) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.clinic().offerLink(
        QStringLiteral("stepstone://connect?iss=https%3A%2F%2Fclinic.example.org%2Ffhir"));
    ui.goTo(UiHarness::Destination::Clinic);
    QQuickItem* address = ui.waitFor(QStringLiteral("clinicAddress"));
    ASSERT_TRUE(address);
    EXPECT_EQ(address->property("text").toString(),
              QStringLiteral("https://clinic.example.org/fhir"));
}

TEST(ClinicPages, CantMakeItIsKeptAndWaitsToBeSent) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    storeDemoSessions(ui);
    ui.goTo(UiHarness::Destination::Sessions);
    QQuickItem* cantMakeIt = ui.waitFor(QStringLiteral("notAttendingButton"));
    ASSERT_TRUE(cantMakeIt);
    ui.tap(cantMakeIt);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return ui.visibleText().contains(QStringLiteral("waiting to be sent")); }));
    auto stored = ui.profile().sessions().upcoming(ui.clinicAccount(), ui.now(), 10);
    ASSERT_TRUE(stored.ok());
    ASSERT_FALSE(stored->empty());
    EXPECT_EQ(stored->front().id, QStringLiteral("s-group"));
    EXPECT_EQ(stored->front().answer, Session::Answer::NotAttending);
    EXPECT_TRUE(stored->front().answerPending);
    ui.screenshot(QStringLiteral("phone-sessions-answered"));
}

TEST(ClinicPages, SharingSaysWhatTheCareTeamSeesAndTurnsOnAndOff) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    const ClinicAccountId account = ui.clinicAccount();
    CravingEntry earlier;
    earlier.occurredAt = ui.now();
    ASSERT_TRUE(ui.session().cravingLogs()->add(earlier).ok());
    ui.goTo(UiHarness::Destination::Clinic);
    QQuickItem* choose = ui.waitFor(QStringLiteral("sharingButton"));
    ASSERT_TRUE(choose);
    ui.tap(choose);
    QQuickItem* toggle = ui.waitFor(QStringLiteral("shareCravingsSwitch"));
    ASSERT_TRUE(toggle);
    const QString text = ui.visibleText();
    EXPECT_TRUE(text.contains(QStringLiteral("how strong it was"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("already received stays")));
    EXPECT_TRUE(text.contains(QStringLiteral("Off: your craving logs stay on this device.")));
    ui.screenshot(QStringLiteral("phone-sharing-off"));

    ui.tap(toggle);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ui.visibleText().contains(QStringLiteral("On: ")); }));
    auto state = ui.profile().sharing().cravings(account);
    ASSERT_TRUE(state.ok());
    EXPECT_TRUE(state->sharing);
    EXPECT_TRUE(state->decidedAt.isValid());
    ui.screenshot(QStringLiteral("phone-sharing-on"));

    ui.tap(toggle);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return ui.visibleText().contains(QStringLiteral("Off: ")); }));
    EXPECT_FALSE(ui.profile().sharing().cravings(account)->sharing);
    EXPECT_TRUE(ui.controlsWithoutAccessibleName().isEmpty())
        << qPrintable(ui.controlsWithoutAccessibleName().join(u'\n'));
    ui.key(Qt::Key_Escape);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("clinicPage")));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

namespace {

// Runs start only when the test asks (ClinicConnection::refresh), so the scripted clinic's
// answers line up with them.
UiHarness::Options manualSync() {
    UiHarness::Options options;
    options.linkSettings.scheduled = false;
    return options;
}

QByteArray careTeamSearch() {
    return R"({"resourceType":"Bundle","type":"searchset","entry":[{"resource":
        {"resourceType":"CareTeam","id":"alex-rivera-care-team","status":"active"}}]})";
}

QByteArray accepted(int entries) {
    QByteArray list;
    for (int i = 0; i < entries; ++i)
        list += QByteArray(i ? "," : "") + R"({"response":{"status":"200 OK","etag":"W/\"1\""}})";
    return R"({"resourceType":"Bundle","type":"transaction-response","entry":[)" + list + "]}";
}

const QByteArray kPatient = R"({"resourceType":"Patient","id":"alex-rivera",
    "managingOrganization":{"reference":"Organization/riverside",
                            "display":"Riverside Recovery Center"}})";
const QByteArray kNoSessions = R"({"resourceType":"Bundle","type":"searchset","entry":[]})";

bool waitForText(UiHarness& ui, const QString& text) {
    return QTest::qWaitFor([&] { return ui.visibleText().contains(text); }, 10'000);
}

} // namespace

// The list of what was sent follows each sync as it ends, on the page the client has open.
TEST(ClinicPages, SentToYourClinicGrowsWhenASyncEndsAndTheClinicIsShownByName) {
    UiHarness ui(manualSync());
    ASSERT_TRUE(ui.window());
    ScriptedHttpServer clinic;
    ui.signInAt(clinic.baseUrl());
    ui.resize(360, 640);
    CravingEntry earlier;
    earlier.occurredAt = ui.now();
    ASSERT_TRUE(ui.profile().cravings().add(earlier).ok());
    ui.goTo(UiHarness::Destination::Clinic);
    QQuickItem* choose = ui.waitFor(QStringLiteral("sharingButton"));
    ASSERT_TRUE(choose);
    ui.tap(choose);
    QQuickItem* toggle = ui.waitFor(QStringLiteral("shareCravingsSwitch"));
    ASSERT_TRUE(toggle);
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Nothing sent yet.")));
    ui.tap(toggle);
    ASSERT_TRUE(waitForText(ui, QStringLiteral("On: ")));

    clinic.respond(200, careTeamSearch());
    clinic.respond(200, accepted(1)); // the Consent
    clinic.respond(200, accepted(1)); // the log
    clinic.respond(200, kPatient);
    clinic.respond(200, kNoSessions);
    ui.clinic().refresh();
    EXPECT_TRUE(waitForText(ui, QStringLiteral("Your choice about sharing")))
        << qPrintable(ui.visibleText());
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Craving log of")));
    ui.screenshot(QStringLiteral("phone-sharing-sent"));

    ui.key(Qt::Key_Escape);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("clinicName")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Riverside Recovery Center")));
    EXPECT_FALSE(ui.visibleText().contains(clinic.baseUrl().toString()));
    ui.screenshot(QStringLiteral("phone-clinic-connected"));
}

// A log that cannot be sent is set aside, named on the Clinic page with why and what to do, and
// the client can keep it on the device only.
TEST(ClinicPages, WhatCouldNotBeSentIsShownAndCanBeKeptOnTheDeviceOnly) {
    UiHarness ui(manualSync());
    ASSERT_TRUE(ui.window());
    ScriptedHttpServer clinic;
    ui.signInAt(clinic.baseUrl());
    ui.resize(360, 640);
    const ClinicAccountId account = ui.clinicAccount();
    ASSERT_TRUE(ui.profile().sharing().setCravingSharing(account, true, ui.now()).ok());
    CravingEntry damaged;
    damaged.occurredAt = ui.now();
    damaged.copingSkillId = QStringLiteral(" from a damaged skills file");
    ASSERT_TRUE(ui.profile().cravings().add(damaged).ok());
    clinic.respond(200, careTeamSearch());
    clinic.respond(200, accepted(1)); // the Consent; the log is set aside before sending
    clinic.respond(200, kPatient);
    clinic.respond(200, kNoSessions);
    ui.goTo(UiHarness::Destination::Clinic);
    ui.clinic().refresh();

    ASSERT_TRUE(waitForText(ui, QStringLiteral("Not sent to your clinic")))
        << qPrintable(ui.visibleText());
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("does not take")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Open it and save it again")));
    EXPECT_TRUE(ui.clinic().syncProblem().isEmpty()) << "the rest of the sync went through";
    ui.screenshot(QStringLiteral("phone-clinic-not-sent"));
    QQuickItem* keep = ui.waitFor(QStringLiteral("keepOnDeviceButton"));
    ASSERT_TRUE(keep);
    ui.tap(keep);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ui.find(QStringLiteral("setAsideCard")); }));
    EXPECT_EQ(*ui.profile().outbox().count(account), 0);
    EXPECT_EQ(ui.profile().cravings().recent(10)->size(), 1u) << "the log stays on the device";
}

// "Update now" pressed from the keyboard keeps the focus and its ring while the clinic answers,
// says it is updating, and a second press starts nothing more.
TEST(ClinicPages, UpdateNowKeepsTheKeyboardFocusWhileTheClinicAnswers) {
    UiHarness ui(manualSync());
    ASSERT_TRUE(ui.window());
    ScriptedHttpServer clinic;
    clinic.respond(200, {}, {}, ScriptedHttpServer::Mode::Stall);
    ui.signInAt(clinic.baseUrl());
    ui.resize(1280, 800);
    ui.goTo(UiHarness::Destination::Clinic);
    QQuickItem* update = ui.waitFor(QStringLiteral("updateNowButton"));
    ASSERT_TRUE(update);
    update->forceActiveFocus(Qt::TabFocusReason);
    ASSERT_TRUE(update->property("visualFocus").toBool());

    ui.key(Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] { return clinic.requests().size() == 1; }));
    EXPECT_TRUE(ui.clinic().syncing());
    EXPECT_EQ(update->property("text").toString(), QStringLiteral("Updating…"));
    EXPECT_TRUE(update->hasActiveFocus());
    EXPECT_TRUE(update->property("visualFocus").toBool()) << "the focus ring stays";
    ui.key(Qt::Key_Space);
    QTest::qWait(200);
    EXPECT_EQ(clinic.requests().size(), 1) << "a press while updating starts nothing more";
}
