// After Delete the client can take it back for a while, with the pointer or the keyboard.
#include "UiHarness.h"

#include <QAccessible>
#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// A log with every field filled, lived at -06:00 (a Chicago winter evening).
CravingLog addFullLog(UiHarness& ui) {
    CravingEntry entry;
    entry.occurredAt = QDateTime(QDate(2026, 1, 14), QTime(21, 30), Qt::OffsetFromUTC, -6 * 3600);
    entry.intensity = 8;
    entry.triggers = CravingTrigger::People | CravingTrigger::Angry;
    entry.note = QStringLiteral("Argument with my brother; wanted to leave and drink");
    entry.copingSkillId = QStringLiteral("urge-surfing");
    entry.outcome = CravingOutcome::Passed;
    auto added = ui.session().cravingLogs()->add(entry);
    EXPECT_TRUE(added.ok());
    return added ? *added : CravingLog{};
}

// Opens the only log from the Log page and taps Delete.
void deleteFromTheEditor(UiHarness& ui) {
    ui.goTo(UiHarness::Destination::Log);
    QQuickItem* list = ui.waitFor(QStringLiteral("allLogs"));
    ASSERT_TRUE(list);
    ui.tap(list, {0.5, 0.05});
    QQuickItem* remove = ui.waitFor(QStringLiteral("deleteButton"));
    ASSERT_TRUE(remove);
    ui.tap(remove);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("logPage")));
}

// A full log, deleted from its editor in a window of `size`; the undo bar shows.
CravingLog deleteAFullLog(UiHarness& ui, QSize size) {
    const CravingLog log = addFullLog(ui);
    ui.resize(size.width(), size.height());
    deleteFromTheEditor(ui);
    EXPECT_TRUE(ui.waitFor(QStringLiteral("undoBar"))) << "the client is offered Undo";
    return log;
}

bool isDeleted(UiHarness& ui, const QUuid& id) {
    auto found = ui.session().cravingLogs()->find(id);
    return found && found->deletedAt.has_value();
}

void expectBackUnchanged(UiHarness& ui, const CravingLog& before) {
    auto after = ui.session().cravingLogs()->find(before.id);
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after->deletedAt.has_value());
    EXPECT_EQ(after->entry.note, before.entry.note);
    EXPECT_EQ(after->entry.triggers, before.entry.triggers);
    EXPECT_EQ(after->entry.intensity, before.entry.intensity);
    EXPECT_EQ(after->entry.copingSkillId, before.entry.copingSkillId);
    EXPECT_EQ(after->entry.outcome, before.entry.outcome);
    EXPECT_EQ(after->entry.occurredAt, before.entry.occurredAt);
    EXPECT_EQ(after->entry.occurredAt.offsetFromUtc(), -6 * 3600);
    EXPECT_EQ(after->createdAt, before.createdAt);
}

} // namespace

TEST(CravingUndo, DeleteThenUndoBringsTheLogBackUnchanged) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    const CravingLog before = deleteAFullLog(ui, {360, 640});
    EXPECT_TRUE(isDeleted(ui, before.id)) << "Delete acts at once";
    ASSERT_TRUE(ui.find(QStringLiteral("undoBar")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Craving log deleted")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("No cravings logged yet.")));
    ui.screenshot(QStringLiteral("phone-undo-delete"));
    ui.resize(1280, 800);
    ui.screenshot(QStringLiteral("desktop-undo-delete"));

    QQuickItem* undo = ui.find(QStringLiteral("undoBarAction"));
    ASSERT_TRUE(undo);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(undo);
    ASSERT_TRUE(accessible);
    EXPECT_EQ(accessible->text(QAccessible::Name), QStringLiteral("Undo delete"));
    ui.tap(undo);

    expectBackUnchanged(ui, before);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ui.find(QStringLiteral("undoBar")); }));
    EXPECT_TRUE(ui.visibleText().contains(before.entry.note.left(20)))
        << "the log is back in the list";
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(CravingUndo, TheKeyboardReachesUndo) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    const CravingLog before = deleteAFullLog(ui, {1280, 800});
    ASSERT_TRUE(ui.find(QStringLiteral("undoBar")));

    // Tab moves through the page to the bar's button, which Space presses.
    QQuickItem* undo = ui.find(QStringLiteral("undoBarAction"));
    ASSERT_TRUE(undo);
    for (int i = 0; i < 20 && !undo->hasActiveFocus(); ++i)
        ui.key(Qt::Key_Tab);
    ASSERT_TRUE(undo->hasActiveFocus()) << "Undo is in the Tab order";
    ui.key(Qt::Key_Space);
    expectBackUnchanged(ui, before);

    // And Ctrl+Z takes back a delete from anywhere.
    deleteFromTheEditor(ui);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("undoBar")));
    ui.key(Qt::Key_Z, Qt::ControlModifier);
    expectBackUnchanged(ui, before);
}

TEST(CravingUndo, OnceTheWindowPassesTheLogStaysDeleted) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    const CravingLog before = deleteAFullLog(ui, {1280, 800});
    ASSERT_TRUE(ui.find(QStringLiteral("undoBar")));

    // "Several seconds": the bar goes on its own within 20.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ui.find(QStringLiteral("undoBar")); }, 20000));
    ui.key(Qt::Key_Z, Qt::ControlModifier);
    QTest::qWait(200);
    EXPECT_TRUE(isDeleted(ui, before.id));
    auto tombstone = ui.session().cravingLogs()->find(before.id);
    ASSERT_TRUE(tombstone.ok());
    EXPECT_TRUE(tombstone->entry.note.isEmpty()) << "the client's words are gone";
    EXPECT_TRUE(ui.savedLogs().empty());
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("No cravings logged yet.")));
}
