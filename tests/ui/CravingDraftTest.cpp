// A half-written craving log survives leaving the editor, and is thrown away only when the
// client says so.
#include "UiHarness.h"

#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kNote = QStringLiteral("Half a thought about the party");

// From Today: "Log a craving", intensity 7 (two steps right of 5), Places, and a note.
void startACraving(UiHarness& ui) {
    QQuickItem* logButton = ui.waitFor(QStringLiteral("logCravingButton"));
    ASSERT_TRUE(logButton);
    ui.tap(logButton);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
    ui.key(Qt::Key_Right);
    ui.key(Qt::Key_Right);
    ui.tap(ui.find(QStringLiteral("trigger-places")));
    ui.tap(ui.find(QStringLiteral("noteField")));
    ui.type(kNote);
}

// Starts a craving and leaves it with Ctrl+1, for Today.
void leaveAHalfWrittenCraving(UiHarness& ui) {
    startACraving(ui);
    ui.goTo(UiHarness::Destination::Today);
    EXPECT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
}

// Opens "Log a craving" again and checks that the form holds what startACraving typed.
void expectTheDraftResumed(UiHarness& ui) {
    QQuickItem* logButton = ui.waitFor(QStringLiteral("logCravingButton"));
    ASSERT_TRUE(logButton);
    ui.tap(logButton);
    QQuickItem* slider = ui.waitFor(QStringLiteral("intensitySlider"));
    ASSERT_TRUE(slider);
    EXPECT_EQ(ui.textOf(QStringLiteral("noteField")), kNote);
    EXPECT_EQ(slider->property("value").toInt(), 7);
    QQuickItem* places = ui.find(QStringLiteral("trigger-places"));
    ASSERT_TRUE(places);
    EXPECT_TRUE(places->property("checked").toBool());
    EXPECT_TRUE(ui.find(QStringLiteral("draftNotice"))) << "the form says it is a draft";
}

} // namespace

TEST(CravingDraft, CtrlOneKeepsWhatWasTypedAndLogACravingResumesIt) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(1280, 800);
    leaveAHalfWrittenCraving(ui);
    EXPECT_TRUE(ui.savedLogs().empty()) << "a draft is not a saved log";
    EXPECT_TRUE(ui.find(QStringLiteral("draftWaiting"))) << "Today says a log is waiting";

    expectTheDraftResumed(ui);
    ui.screenshot(QStringLiteral("desktop-editor-draft"));
    ui.tap(ui.find(QStringLiteral("saveButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    const auto logs = ui.savedLogs();
    ASSERT_EQ(logs.size(), 1u);
    EXPECT_EQ(logs[0].entry.note, kNote);
    EXPECT_EQ(logs[0].entry.intensity, 7);
    EXPECT_EQ(logs[0].entry.triggers, CravingTriggers(CravingTrigger::Places));
    EXPECT_FALSE(ui.find(QStringLiteral("draftWaiting"))) << "the saved draft is gone";

    ui.tap(ui.find(QStringLiteral("logCravingButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
    EXPECT_EQ(ui.textOf(QStringLiteral("noteField")), QString()) << "a new log starts empty";
    EXPECT_FALSE(ui.find(QStringLiteral("draftNotice")));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(CravingDraft, ATabTapOnThePhoneKeepsWhatWasTyped) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    startACraving(ui);
    QQuickItem* journalTab =
        ui.find(QStringLiteral("nav-%1").arg(int(UiHarness::Destination::Journal)));
    ASSERT_TRUE(journalTab);
    ui.tap(journalTab);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalPage")));
    ui.tap(ui.find(QStringLiteral("nav-0")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    EXPECT_TRUE(ui.savedLogs().empty());

    expectTheDraftResumed(ui);
    ui.screenshot(QStringLiteral("phone-editor-draft"));
}

TEST(CravingDraft, EscKeepsChangesToASavedLogUntilTheyAreSaved) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    CravingEntry entry;
    entry.occurredAt = ui.now();
    entry.note = QStringLiteral("as first written");
    auto saved = ui.session().cravingLogs()->add(entry);
    ASSERT_TRUE(saved.ok());
    ui.resize(1280, 800);

    ui.goTo(UiHarness::Destination::Log);
    QQuickItem* list = ui.waitFor(QStringLiteral("allLogs"));
    ASSERT_TRUE(list);
    ui.tap(list, {0.5, 0.05});
    ASSERT_TRUE(ui.waitFor(QStringLiteral("deleteButton")));
    ui.tap(ui.find(QStringLiteral("noteField")));
    ui.key(Qt::Key_End, Qt::ControlModifier);
    ui.type(QStringLiteral(", and more"));
    ui.key(Qt::Key_Escape);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("logPage")));
    EXPECT_EQ(ui.session().cravingLogs()->find(saved->id)->entry.note, entry.note)
        << "leaving saves nothing";
    EXPECT_TRUE(ui.find(QStringLiteral("draftMark"))) << "the list marks the log";

    ui.tap(ui.waitFor(QStringLiteral("allLogs")), {0.5, 0.05});
    ASSERT_TRUE(ui.waitFor(QStringLiteral("deleteButton")));
    EXPECT_EQ(ui.textOf(QStringLiteral("noteField")), "as first written, and more");
    EXPECT_TRUE(ui.find(QStringLiteral("draftNotice")));
    ui.key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("logPage")));
    EXPECT_EQ(ui.session().cravingLogs()->find(saved->id)->entry.note,
              "as first written, and more");
    EXPECT_FALSE(ui.find(QStringLiteral("draftMark")));
}

TEST(CravingDraft, CancelWithChangesAsksBeforeThrowingThemAway) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);

    // Nothing entered: Cancel just closes.
    ui.tap(ui.waitFor(QStringLiteral("logCravingButton")));
    ui.tap(ui.waitFor(QStringLiteral("cancelButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    EXPECT_FALSE(ui.find(QStringLiteral("keepEditingButton"))) << "nothing to ask about";

    startACraving(ui);
    ui.tap(ui.find(QStringLiteral("cancelButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("keepEditingButton"))) << "Cancel with changes asks";
    ui.screenshot(QStringLiteral("phone-editor-discard-question"));
    ui.resize(1280, 800);
    ui.screenshot(QStringLiteral("desktop-editor-discard-question"));
    ui.tap(ui.find(QStringLiteral("keepEditingButton")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ui.find(QStringLiteral("keepEditingButton")); }));
    EXPECT_EQ(ui.textOf(QStringLiteral("noteField")), kNote) << "Keep editing keeps it all";

    ui.tap(ui.find(QStringLiteral("cancelButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("confirmDiscardButton")));
    ui.tap(ui.find(QStringLiteral("confirmDiscardButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    EXPECT_TRUE(ui.savedLogs().empty());
    EXPECT_FALSE(ui.find(QStringLiteral("draftWaiting")));
    ui.tap(ui.find(QStringLiteral("logCravingButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
    EXPECT_EQ(ui.textOf(QStringLiteral("noteField")), QString()) << "discarded means gone";
    EXPECT_FALSE(ui.find(QStringLiteral("draftNotice")));
}

TEST(CravingDraft, DiscardDraftAsksAndStartsAfresh) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(1280, 800);
    leaveAHalfWrittenCraving(ui);
    ui.tap(ui.find(QStringLiteral("logCravingButton")));
    QQuickItem* discard = ui.waitFor(QStringLiteral("discardDraftButton"));
    ASSERT_TRUE(discard);
    ui.tap(discard);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("confirmDiscardButton")));
    ui.tap(ui.find(QStringLiteral("confirmDiscardButton")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ui.find(QStringLiteral("draftNotice")); }));
    EXPECT_TRUE(ui.find(QStringLiteral("intensitySlider"))) << "the editor stays open";
    EXPECT_EQ(ui.textOf(QStringLiteral("noteField")), QString());
    EXPECT_EQ(ui.find(QStringLiteral("intensitySlider"))->property("value").toInt(), 5);
}
