// The private journal in the real window: write, list by day, search with the matches marked,
// edit (the earlier version kept), delete and take it back, load more, by keyboard too.
#include "SampleRecords.h"
#include "UiHarness.h"
#include "common/LocalTime.h"

#include <QQuickTextDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

std::vector<JournalEntry> savedEntries(UiHarness& ui) {
    auto page = ui.profile().journal().page(std::nullopt, 1000);
    return page ? std::move(page->entries) : std::vector<JournalEntry>{};
}

void openJournal(UiHarness& ui) {
    ui.goTo(UiHarness::Destination::Journal);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalPage")));
}

int listCount(UiHarness& ui) {
    QQuickItem* list = ui.find(QStringLiteral("journalEntries"));
    return list ? list->property("count").toInt() : -1;
}

// The words the highlighter marked in a snippet, as the client sees them marked.
QStringList markedWords(QQuickItem* snippet) {
    QStringList words;
    auto* quickDocument = snippet->property("textDocument").value<QQuickTextDocument*>();
    if (!quickDocument)
        return words;
    QTextDocument* document = quickDocument->textDocument();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (const QTextLayout::FormatRange& range : block.layout()->formats())
            if (range.format.fontWeight() == QFont::Bold)
                words << block.text().mid(range.start, range.length);
    return words;
}

void typeInto(UiHarness& ui, const char* field, const QString& text) {
    QQuickItem* item = ui.waitFor(QString::fromLatin1(field));
    ASSERT_TRUE(item) << field;
    ui.tap(item);
    ui.type(text);
}

} // namespace

TEST(JournalFlow, PhoneWritesAnEntryAndFindsItWithTheMatchesMarked) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    openJournal(ui);
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Nothing written yet")));
    ui.screenshot(QStringLiteral("phone-journal-empty"));

    ui.tap(ui.waitFor(QStringLiteral("journalHeaderAction")));
    typeInto(ui, "journalTitleField", QStringLiteral("Evening walk"));
    typeInto(ui, "journalBodyField",
             QStringLiteral("Walked by the river after group; the craving passed."));
    typeInto(ui, "journalTagsField", QStringLiteral("walks, group, walks"));
    ui.screenshot(QStringLiteral("phone-journal-editor"));
    QQuickItem* save = ui.find(QStringLiteral("journalSaveButton"));
    ASSERT_TRUE(save);
    EXPECT_LT(save->mapToScene({0, 0}).y() + save->height(), 640.1) << "Save in reach";
    ui.tap(save);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalPage")));

    const auto entries = savedEntries(ui);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].content.title, "Evening walk");
    EXPECT_EQ(entries[0].content.tags, (QStringList{"walks", "group"})) << "a repeat dropped";
    EXPECT_FALSE(entries[0].content.mood.has_value());
    EXPECT_EQ(entries[0].content.writtenAt.offsetFromUtc(), ui.now().toLocalTime().offsetFromUtc());
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Today")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Evening walk")));

    typeInto(ui, "journalSearch", QStringLiteral("riv GRO"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return ui.find(QStringLiteral("journalSnippet")); }));
    QQuickItem* snippet = ui.find(QStringLiteral("journalSnippet"));
    EXPECT_EQ(snippet->property("textFormat").toInt(), 0) << "TextEdit.PlainText";
    EXPECT_EQ(markedWords(snippet), (QStringList{"river", "group"}));
    ui.screenshot(QStringLiteral("phone-journal-search"));

    for (const QString& hostile : {QStringLiteral("\""), QStringLiteral("*"),
                                   QStringLiteral(" NEAR"), QStringLiteral(" OR (")}) {
        ui.type(hostile);
        EXPECT_TRUE(ui.textOf(QStringLiteral("journalSearch")).contains(hostile.trimmed()));
        EXPECT_FALSE(ui.visibleText().contains(QStringLiteral("went wrong")))
            << qPrintable(hostile);
    }
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Nothing in your journal matches")));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(JournalFlow, EditingKeepsTheEarlierVersionToRead) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(1280, 800);
    JournalContent first;
    first.writtenAt = withLocalOffset(ui.now());
    first.body = QStringLiteral("The first thing I wrote");
    ASSERT_TRUE(ui.profile().journal().add(first).ok());
    openJournal(ui);
    ui.tap(ui.waitFor(QStringLiteral("journalEntry-0")));
    QQuickItem* body = ui.waitFor(QStringLiteral("journalBodyField"));
    ASSERT_TRUE(body);
    EXPECT_FALSE(ui.find(QStringLiteral("earlierVersionsButton"))) << "no edit yet";
    ui.tap(body);
    ui.key(Qt::Key_End, Qt::ControlModifier);
    ui.type(QStringLiteral(", and what I added later"));
    ui.tap(ui.find(QStringLiteral("moodSwitch")));
    ui.key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalPage")));

    auto entries = savedEntries(ui);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].content.body, "The first thing I wrote, and what I added later");
    EXPECT_EQ(entries[0].content.mood, 5);
    ui.tap(ui.waitFor(QStringLiteral("journalEntry-0")));
    QQuickItem* versions = ui.waitFor(QStringLiteral("earlierVersionsButton"));
    ASSERT_TRUE(versions);
    ui.tap(versions);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalVersionsPage")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("The first thing I wrote")));
    ui.screenshot(QStringLiteral("desktop-journal-versions"));
    ui.key(Qt::Key_Escape);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalEditorPage")));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(JournalFlow, DeleteThenUndoBringsTheEntryAndItsVersionsBack) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    const std::vector<QUuid> ids = storeDemoJournal(ui);
    ASSERT_EQ(ids.size(), 3u);
    const JournalEntry before = *ui.profile().journal().find(ids.front());
    ASSERT_EQ(ui.profile().journal().versions(ids.front())->size(), 1u);
    openJournal(ui);
    ui.tap(ui.waitFor(QStringLiteral("journalEntry-0")));
    QQuickItem* remove = ui.waitFor(QStringLiteral("journalDeleteButton"));
    ASSERT_TRUE(remove);
    ui.tap(remove);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalPage")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalUndoBar")));
    EXPECT_TRUE(ui.find(QStringLiteral("journalEntry-0")));
    EXPECT_EQ(listCount(ui), 2);
    EXPECT_TRUE(ui.profile().journal().find(ids.front())->content.body.isEmpty())
        << "deleted at once";
    ui.screenshot(QStringLiteral("phone-journal-undo"));

    ui.tap(ui.find(QStringLiteral("journalUndoBarAction")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ui.find(QStringLiteral("journalUndoBar")); }));
    auto after = ui.profile().journal().find(ids.front());
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after->deletedAt);
    EXPECT_EQ(after->content, before.content);
    EXPECT_EQ(ui.profile().journal().versions(ids.front())->size(), 1u);
    EXPECT_EQ(listCount(ui), 3);

    // Ctrl+Z takes a delete back too.
    ui.tap(ui.waitFor(QStringLiteral("journalEntry-0")));
    ui.tap(ui.waitFor(QStringLiteral("journalDeleteButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalUndoBar")));
    ui.key(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return listCount(ui) == 3; }));
}

// Once the undo window passes, the search index is merged off the client's way, so that no
// older segment keeps the deleted entry's words; the page stays usable meanwhile.
TEST(JournalFlow, OnceTheWindowPassesTheIndexLetsGoOfTheWords) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    const std::vector<QUuid> ids = storeDemoJournal(ui);
    ASSERT_EQ(ids.size(), 3u);
    openJournal(ui);
    ui.tap(ui.waitFor(QStringLiteral("journalEntry-0")));
    ui.tap(ui.waitFor(QStringLiteral("journalDeleteButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalUndoBar")));
    JournalIndexPurge& purge = ui.profile().journalIndexPurge();
    QSignalSpy merged(&purge, &JournalIndexPurge::finished);
    EXPECT_FALSE(purge.isRunning()) << "not while the delete can be taken back";
    QTest::mouseMove(ui.window(), QPoint(180, 200)); // off the bar: a pointer on it holds it open

    ASSERT_TRUE(QTest::qWaitFor([&] { return !ui.find(QStringLiteral("journalUndoBar")); }, 20000));
    ASSERT_TRUE(merged.size() > 0 || merged.wait(20000));
    ASSERT_TRUE(purge.lastOutcome().ok());
    EXPECT_TRUE(purge.lastOutcome().value()) << "the delete left segments to merge";
    EXPECT_FALSE(JournalStore::eraseDeletedWords(ui.profile().database()).value())
        << "nothing is left to merge";
    EXPECT_EQ(listCount(ui), 2);
}

TEST(JournalFlow, LoadMoreShowsOlderEntriesWithNoFixedLimit) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(1280, 800);
    for (int i = 0; i < 70; ++i) {
        JournalContent content;
        content.writtenAt = withLocalOffset(ui.now().addSecs(-3600 * i));
        content.body = QStringLiteral("Entry number %1").arg(i);
        ASSERT_TRUE(ui.profile().journal().add(content).ok());
    }
    openJournal(ui);
    EXPECT_EQ(listCount(ui), 30);
    QQuickItem* list = ui.find(QStringLiteral("journalEntries"));
    for (int expected : {60, 70}) {
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        QQuickItem* more = ui.waitFor(QStringLiteral("loadMoreButton"));
        ASSERT_TRUE(more);
        ui.tap(more);
        EXPECT_TRUE(QTest::qWaitFor([&] { return listCount(ui) == expected; }));
    }
    QMetaObject::invokeMethod(list, "positionViewAtEnd");
    QTest::qWait(300);
    EXPECT_FALSE(ui.find(QStringLiteral("loadMoreButton"))) << "all shown";
    EXPECT_TRUE(ui.find(QStringLiteral("journalEntry-69"))) << "the oldest at the end";
    ui.screenshot(QStringLiteral("desktop-journal-loaded-all"));
}

TEST(JournalFlow, KeyboardAloneWritesAndSearches) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(1280, 800);
    openJournal(ui);
    QQuickItem* write = ui.find(QStringLiteral("journalHeaderAction"));
    ASSERT_TRUE(write);
    for (int i = 0; i < 20 && !write->hasActiveFocus(); ++i)
        ui.key(Qt::Key_Tab);
    ASSERT_TRUE(write->hasActiveFocus()) << "Write is in the Tab order";
    ui.key(Qt::Key_Space);
    QQuickItem* body = ui.waitFor(QStringLiteral("journalBodyField"));
    ASSERT_TRUE(body);
    ASSERT_TRUE(QTest::qWaitFor([&] { return body->hasActiveFocus(); }))
        << "the editor opens ready to type";
    ui.type(QStringLiteral("Typed without a mouse"));
    ui.key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalPage")));
    ASSERT_EQ(savedEntries(ui).size(), 1u);

    QQuickItem* search = ui.find(QStringLiteral("journalSearch"));
    for (int i = 0; i < 20 && !search->hasActiveFocus(); ++i)
        ui.key(Qt::Key_Tab);
    ASSERT_TRUE(search->hasActiveFocus());
    ui.type(QStringLiteral("mous"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return ui.find(QStringLiteral("journalSnippet")); }));
    EXPECT_EQ(markedWords(ui.find(QStringLiteral("journalSnippet"))), QStringList{"mouse"});
}

TEST(JournalFlow, EveryJournalControlHasAnAccessibleName) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    storeDemoJournal(ui);
    for (QSize size : {QSize(360, 640), QSize(1280, 800)}) {
        ui.resize(size.width(), size.height());
        openJournal(ui);
        EXPECT_EQ(ui.controlsWithoutAccessibleName(), QStringList()) << "journal";
        ui.tap(ui.waitFor(QStringLiteral("journalEntry-0")));
        ASSERT_TRUE(ui.waitFor(QStringLiteral("journalBodyField")));
        ui.tap(ui.find(QStringLiteral("moodSwitch")));
        EXPECT_EQ(ui.controlsWithoutAccessibleName(), QStringList()) << "editor";
        // Below the fold on a phone: the keyboard reaches it wherever it is.
        QQuickItem* versions = ui.waitFor(QStringLiteral("earlierVersionsButton"));
        ASSERT_TRUE(versions);
        versions->forceActiveFocus(Qt::TabFocusReason);
        ui.key(Qt::Key_Space);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("journalVersionsPage")));
        EXPECT_EQ(ui.controlsWithoutAccessibleName(), QStringList()) << "versions";
        ui.key(Qt::Key_Escape);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("journalEditorPage")));
        ui.tap(ui.find(QStringLiteral("moodSwitch"))); // back as it was: no draft left
        ui.key(Qt::Key_Escape);
    }
}

TEST(JournalFlow, SpanishClientFindsAccentedWordsWithoutTypingTheAccents) {
    UiHarness ui(QLocale(QLocale::Spanish, QLocale::Mexico));
    ASSERT_TRUE(ui.window());
    storeDemoJournal(ui, true);
    for (QSize size : {QSize(360, 640), QSize(1280, 800)}) {
        ui.resize(size.width(), size.height());
        openJournal(ui);
        EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Diario")));
        EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Hoy")));
        const QString name =
            size.width() == 360 ? QStringLiteral("phone") : QStringLiteral("desktop");
        ui.screenshot(name + QStringLiteral("-es-journal"));
        QQuickItem* search = ui.find(QStringLiteral("journalSearch"));
        ASSERT_TRUE(search);
        search->setProperty("text", QStringLiteral("reunion tranq"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return ui.find(QStringLiteral("journalSnippet")); }));
        EXPECT_EQ(listCount(ui), 1);
        EXPECT_EQ(markedWords(ui.find(QStringLiteral("journalSnippet"))),
                  (QStringList{"reunión", "tranquila"}));
        ui.screenshot(name + QStringLiteral("-es-journal-search"));
        search->setProperty("text", QString());
        ui.tap(ui.waitFor(QStringLiteral("journalHeaderAction")));
        ASSERT_TRUE(ui.waitFor(QStringLiteral("journalBodyField")));
        EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Nueva entrada")));
        ui.screenshot(name + QStringLiteral("-es-journal-editor"));
        ui.key(Qt::Key_Escape);
    }
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(JournalFlow, LeavingTheEditorAnyWayKeepsWhatWasWritten) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(1280, 800);
    openJournal(ui);
    ui.tap(ui.waitFor(QStringLiteral("journalHeaderAction")));
    typeInto(ui, "journalBodyField", QStringLiteral("Half a thought"));
    ui.key(Qt::Key_Escape);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalPage")));
    EXPECT_TRUE(savedEntries(ui).empty()) << "nothing saved without Save";

    ui.tap(ui.waitFor(QStringLiteral("journalHeaderAction")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalDraftNotice")));
    EXPECT_EQ(ui.find(QStringLiteral("journalBodyField"))->property("text").toString(),
              QStringLiteral("Half a thought"));

    // A save the store would refuse says why, and keeps the words.
    ui.find(QStringLiteral("journalBodyField"))->setProperty("text", QStringLiteral("   "));
    ui.key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("journalError")));
    EXPECT_EQ(ui.textOf(QStringLiteral("journalError")),
              QStringLiteral("Write a title or a few words first."));
    EXPECT_TRUE(ui.find(QStringLiteral("journalEditorPage")));
    ui.screenshot(QStringLiteral("desktop-journal-refused"));
}
