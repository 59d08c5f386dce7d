#include "SamplePlans.h"
#include "UiHarness.h"

#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

QQuickItem* section(UiHarness& ui, const char* linkId) {
    return ui.find(QStringLiteral("planSection-") + QLatin1String(linkId));
}

// The first visible item called `name` inside `root`.
QQuickItem* inside(UiHarness& ui, QQuickItem* root, const char* name) {
    const auto found = ui.findAll(QString::fromLatin1(name), root);
    return found.isEmpty() ? nullptr : found.first();
}

void openPlan(UiHarness& ui) {
    ui.goTo(UiHarness::Destination::Plan);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("planPage")));
}

// Adds one line to a section the way a client does: Add, type, Save.
void addLine(UiHarness& ui, const char* linkId, const QString& text) {
    QQuickItem* card = section(ui, linkId);
    ASSERT_TRUE(card) << linkId;
    QQuickItem* add = inside(ui, card, "planAddButton");
    ASSERT_TRUE(add) << linkId;
    ui.tap(add);
    ASSERT_TRUE(QTest::qWaitFor([&] { return inside(ui, card, "planLineField") != nullptr; }));
    ui.type(text);
    ui.tap(inside(ui, card, "planSaveButton"));
}

void addPerson(UiHarness& ui, const QString& name, const QString& phone) {
    QQuickItem* card = section(ui, "people");
    ASSERT_TRUE(card);
    ui.tap(inside(ui, card, "planAddButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return inside(ui, card, "planNameField") != nullptr; }));
    ui.type(name);
    ui.tap(inside(ui, card, "planPhoneField"));
    ui.type(phone);
    ui.tap(inside(ui, card, "planSaveButton"));
}

RelapsePlan storedPlan(UiHarness& ui) {
    auto plan = ui.profile().plan().plan();
    EXPECT_TRUE(plan.ok());
    return plan.ok() ? *plan : RelapsePlan{};
}

} // namespace

TEST(PlanFlow, EmptySectionsShowOneLineOfHelpEach) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    openPlan(ui);
    const auto sections = ui.findAll(QStringLiteral("planHelp"));
    EXPECT_EQ(sections.size(), 9) << "one line of help in each of the nine empty sections";
    for (QQuickItem* help : sections)
        EXPECT_EQ(help->property("lineCount").toInt() <= 3, true)
            << qPrintable(help->property("text").toString());
    ui.screenshot(QStringLiteral("phone-plan-empty"));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(PlanFlow, ClientFillsChangesReordersAndEmptiesThePlan) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(1280, 800);
    openPlan(ui);

    addLine(ui, "coping", QStringLiteral("Walk the dog"));
    addLine(ui, "coping", QStringLiteral("Cold water, slow breaths"));
    addLine(ui, "reasons", QStringLiteral("My daughter and אני"));
    addPerson(ui, QStringLiteral("Mom"), QStringLiteral("call mom"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return storedPlan(ui).section("people").size() == 1; }));
    RelapsePlan plan = storedPlan(ui);
    ASSERT_EQ(plan.section("coping").size(), 2u);
    EXPECT_EQ(plan.section("coping")[0].text, "Walk the dog");
    EXPECT_EQ(plan.section("reasons")[0].text, QStringLiteral("My daughter and אני"));
    EXPECT_EQ(plan.section("people")[0].phone, "call mom") << "kept as written";
    EXPECT_EQ(ui.findAll(QStringLiteral("planHelp")).size(), 6) << "filled sections lose help";
    ui.screenshot(QStringLiteral("desktop-plan-filled"));

    // Change the second coping step, then move it up.
    QQuickItem* coping = section(ui, "coping");
    ui.tap(ui.findAll(QStringLiteral("planEditButton"), coping).at(1));
    QQuickItem* field = inside(ui, coping, "planLineField");
    ASSERT_TRUE(field);
    field->setProperty("text", QStringLiteral("Cold water on my face"));
    ui.tap(inside(ui, coping, "planSaveButton"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return storedPlan(ui).section("coping")[1].text == "Cold water on my face"; }));
    ui.tap(ui.findAll(QStringLiteral("planEditButton"), coping).at(1));
    ui.tap(inside(ui, coping, "planMoveUpButton"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return storedPlan(ui).section("coping")[0].text == "Cold water on my face"; }));

    // Remove everything: the help lines come back and the store holds an empty plan.
    for (const char* linkId : {"coping", "coping", "reasons", "people"}) {
        QQuickItem* card = section(ui, linkId);
        ui.tap(inside(ui, card, "planEditButton"));
        QQuickItem* remove = inside(ui, card, "planRemoveButton");
        ASSERT_TRUE(remove) << linkId;
        ui.tap(remove);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return storedPlan(ui).isEmpty(); }));
    EXPECT_FALSE(storedPlan(ui).id.isNull()) << "emptied, not erased";
    EXPECT_EQ(ui.findAll(QStringLiteral("planHelp")).size(), 9);
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(PlanFlow, TooLongIsSaidInWordsAndTheTextStaysInTheForm) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    openPlan(ui);
    QQuickItem* card = section(ui, "reasons");
    ui.tap(inside(ui, card, "planAddButton"));
    QQuickItem* field = ui.waitFor(QStringLiteral("planLineField"));
    ASSERT_TRUE(field);
    const QString tooLong(PlanEntry::kMaxTextLength + 1, u'x');
    field->setProperty("text", tooLong);
    ui.tap(inside(ui, card, "planSaveButton"));
    EXPECT_TRUE(ui.textOf(QStringLiteral("planError")).contains(QStringLiteral("too long")));
    EXPECT_EQ(inside(ui, card, "planLineField")->property("text").toString(), tooLong)
        << "nothing the client wrote is lost";
    EXPECT_TRUE(storedPlan(ui).isEmpty());
}

TEST(PlanFlow, APhoneThatCannotBeDialledIsKeptWithANoteAndNoCallButton) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    ASSERT_TRUE(ui.profile().plan().save(fullPlanContent(), QStringLiteral("q|1")).ok());
    openPlan(ui);
    QQuickItem* people = section(ui, "people");
    ASSERT_TRUE(people);
    const auto phones = ui.findAll(QStringLiteral("personPhone"), people);
    ASSERT_EQ(phones.size(), 2); // Sam's number and "call mom"; Dana has none
    EXPECT_EQ(phones.at(1)->property("text").toString(), "call mom");
    const auto notes = ui.findAll(QStringLiteral("phoneNote"), people);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_FALSE(notes.first()->property("text").toString().isEmpty());
    EXPECT_EQ(ui.findAll(QStringLiteral("callButton"), people).size(), 1) << "only Sam's";
    ui.screenshot(QStringLiteral("phone-plan-people"));
}

TEST(PlanFlow, SpanishPlanReadsInSpanish) {
    UiHarness ui(QLocale(QLocale::Spanish, QLocale::Mexico));
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    openPlan(ui);
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Estrategias que me funcionan")));
    EXPECT_FALSE(ui.visibleText().contains(QStringLiteral("Coping strategies")));
    ui.screenshot(QStringLiteral("phone-es-plan-empty"));
    ASSERT_TRUE(ui.profile().plan().save(fullPlanContent(), QStringLiteral("q|1")).ok());
    ui.screenshot(QStringLiteral("phone-es-plan-full"));
    ui.resize(1280, 800);
    ui.screenshot(QStringLiteral("desktop-es-plan-full"));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}
