#include "UiHarness.h"

#include <QGuiApplication>
#include <QQuickStyle>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>
#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(StepstonePlugin)
Q_IMPORT_QML_PLUGIN(StepstoneThemePlugin)
Q_IMPORT_QML_PLUGIN(StepstoneStylePlugin)

using namespace stepstone;
using namespace stepstone::test;

TEST(CravingFlow, PhoneLogsACravingInThreeTapsAndTodayShowsIt) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ASSERT_EQ(ui.session().state(), ProfileSession::State::Ready);
    ui.resize(360, 640);
    ui.screenshot(QStringLiteral("phone-today-empty"));

    QQuickItem* logButton = ui.waitFor(QStringLiteral("logCravingButton"));
    ASSERT_TRUE(logButton);
    ui.tap(logButton); // tap 1

    QQuickItem* slider = ui.waitFor(QStringLiteral("intensitySlider"));
    ASSERT_TRUE(slider);
    ui.screenshot(QStringLiteral("phone-log-craving"));
    ui.tap(slider, {0.8, 0.5}); // tap 2: about 8 of 10
    QQuickItem* save = ui.find(QStringLiteral("saveButton"));
    ASSERT_TRUE(save);
    const QPointF saveOnScreen = save->mapToScene({0, 0});
    EXPECT_LT(saveOnScreen.y() + save->height(), 640.1) << "Save must be in reach on a phone";
    ui.tap(save); // tap 3

    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    const auto logs = ui.savedLogs();
    ASSERT_EQ(logs.size(), 1u);
    EXPECT_EQ(logs[0].entry.intensity, 8);
    EXPECT_EQ(logs[0].entry.outcome, CravingOutcome::StillGoing);
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Still going")));
    EXPECT_FALSE(ui.visibleText().contains(QStringLiteral("No cravings logged yet.")));
    ui.screenshot(QStringLiteral("phone-today-with-log"));

    ui.resize(1280, 800);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Still going")));
    ui.screenshot(QStringLiteral("desktop-today-with-log"));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(CravingFlow, KeyboardAloneLogsACraving) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(1280, 800);
    ui.key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
    ui.key(Qt::Key_Right);
    ui.key(Qt::Key_Right);
    ui.key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    const auto logs = ui.savedLogs();
    ASSERT_EQ(logs.size(), 1u);
    EXPECT_EQ(logs[0].entry.intensity, 7);
}

TEST(CravingFlow, FullFormSavesTriggersNoteSkillAndOutcome) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(1280, 900);
    ui.tap(ui.waitFor(QStringLiteral("logCravingButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
    ui.tap(ui.find(QStringLiteral("trigger-places")));
    ui.tap(ui.find(QStringLiteral("trigger-lonely")));
    ui.tap(ui.find(QStringLiteral("noteField")));
    ui.type(QStringLiteral("After work, near the old bar"));
    ui.tap(ui.find(QStringLiteral("outcome-passed")));
    ui.screenshot(QStringLiteral("desktop-log-craving-filled"));
    ui.tap(ui.find(QStringLiteral("saveButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));

    const auto logs = ui.savedLogs();
    ASSERT_EQ(logs.size(), 1u);
    EXPECT_EQ(logs[0].entry.triggers, CravingTrigger::Places | CravingTrigger::Lonely);
    EXPECT_EQ(logs[0].entry.note, QStringLiteral("After work, near the old bar"));
    EXPECT_EQ(logs[0].entry.outcome, CravingOutcome::Passed);
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("After work, near the old bar")));
}

TEST(CravingFlow, EditingAndDeletingFromTheLogPage) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    ui.tap(ui.waitFor(QStringLiteral("logCravingButton")));
    ui.tap(ui.waitFor(QStringLiteral("saveButton")));
    ASSERT_EQ(ui.savedLogs().size(), 1u);

    ui.tap(ui.waitFor(QStringLiteral("nav-1")));
    QQuickItem* list = ui.waitFor(QStringLiteral("allLogs"));
    ASSERT_TRUE(list);
    ui.tap(list, {0.5, 0.05});
    QQuickItem* remove = ui.waitFor(QStringLiteral("deleteButton"));
    ASSERT_TRUE(remove) << "tapping a log opens it for editing";
    ui.tap(remove);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("logPage")));
    EXPECT_TRUE(ui.savedLogs().empty());
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("No cravings logged yet.")));
}

TEST(CravingFlow, EveryFocusableControlHasAnAccessibleName) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    for (QSize size : {QSize(360, 640), QSize(1280, 800)}) {
        ui.resize(size.width(), size.height());
        ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
        EXPECT_EQ(ui.controlsWithoutAccessibleName(), QStringList()) << "Today";
        ui.key(Qt::Key_N, Qt::ControlModifier);
        ASSERT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
        EXPECT_EQ(ui.controlsWithoutAccessibleName(), QStringList()) << "editor";
        ui.key(Qt::Key_Escape);
    }
}

TEST(CravingFlow, SpanishClientSeesSpanishEverywhereAtPhoneSize) {
    UiHarness ui(QLocale(QLocale::Spanish, QLocale::Mexico));
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("¿Tienes ganas de consumir?")));
    EXPECT_FALSE(ui.visibleText().contains(QStringLiteral("Latest logs")));
    ui.tap(ui.find(QStringLiteral("logCravingButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
    ui.tap(ui.find(QStringLiteral("trigger-feelings")));
    ui.tap(ui.find(QStringLiteral("noteField")));
    ui.type(QStringLiteral("Después de la reunión familiar, con mucha tensión y sin dormir bien "
                           "desde hace dos noches; quería salir a buscar algo."));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("¿Qué lo provocó?")));
    ui.screenshot(QStringLiteral("phone-es-log-craving"));
    ui.tap(ui.find(QStringLiteral("saveButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Sentimientos")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Hoy, ")));
    ui.screenshot(QStringLiteral("phone-es-today-with-log"));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

int main(int argc, char** argv) {
    // scripts/test runs this under Xvfb; without a display (test discovery, a quick local run)
    // the offscreen platform draws the same scene.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QString::fromLatin1(AppAssembly::kStyle));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
