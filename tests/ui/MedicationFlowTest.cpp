#include "UiHarness.h"
#include "common/LocalTime.h"

#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// Friday 4 December 2026, 14:30 on the device's clock.
const QDate kFriday(2026, 12, 4);

QDateTime atLocal(const QDate& day, const QTime& time) {
    return withLocalOffset(QDateTime(day, time));
}

// A client's medicines, added early this morning: buprenorphine morning and evening, methadone at
// the clinic three days a week with a refill already due, naloxone when needed. The morning dose is
// marked taken.
void storeMedicines(UiHarness& ui) {
    ui.clock().set(atLocal(kFriday, QTime(6, 0)).toUTC());
    MedicationEntry bup;
    bup.name = QStringLiteral("Buprenorphine/naloxone sublingual film");
    bup.dose = {1, QStringLiteral("film (8 mg/2 mg)")};
    bup.schedule = {ScheduleKind::Daily, {QTime(8, 0), QTime(20, 0)}, {}};
    bup.refillOn = kFriday.addDays(10);
    bup.prescriber = QStringLiteral("Dr. Amara Okafor");
    MedicationEntry methadone;
    methadone.name = QStringLiteral("Methadone");
    methadone.dose = {80, QStringLiteral("mg")};
    methadone.schedule = {
        ScheduleKind::ClinicDays, {QTime(7, 30)}, {Qt::Monday, Qt::Wednesday, Qt::Friday}};
    methadone.refillOn = kFriday.addDays(-2);
    MedicationEntry naloxone;
    naloxone.name = QStringLiteral("Naloxone nasal spray");
    naloxone.dose = {4, QStringLiteral("mg")};
    naloxone.schedule = {ScheduleKind::AsNeeded, {}, {}};
    auto added = ui.profile().medications().add(bup);
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(ui.profile().medications().add(methadone).ok());
    ASSERT_TRUE(ui.profile().medications().add(naloxone).ok());
    ui.clock().set(atLocal(kFriday, QTime(14, 30)).toUTC());
    ASSERT_TRUE(ui.profile()
                    .doses()
                    .mark({added->id, atLocal(kFriday, QTime(8, 0)), DoseOutcome::Taken, {}})
                    .ok());
}

void openMedicines(UiHarness& ui) {
    ui.goTo(UiHarness::Destination::Medicines);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("medicationPage")));
}

} // namespace

TEST(MedicationFlow, TodaysDosesAndTheListAtPhoneAndDesktopSize) {
    UiHarness ui(QLocale(QLocale::English), atLocal(kFriday, QTime(14, 30)).toUTC());
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    storeMedicines(ui);
    openMedicines(ui);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ui.findAll(QStringLiteral("doseRow")).size() == 3; }))
        << "08:00 and 20:00 buprenorphine, 07:30 methadone on a Friday; naloxone never";
    const QString text = ui.visibleText();
    EXPECT_TRUE(text.contains(QStringLiteral("Taken"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Not marked"))) << "07:30 methadone, past";
    EXPECT_FALSE(text.contains(QStringLiteral("issed"))) << "no blame in the words";
    EXPECT_TRUE(ui.controlsWithoutAccessibleName().isEmpty())
        << qPrintable(ui.controlsWithoutAccessibleName().join(u'\n'));
    ui.screenshot(QStringLiteral("phone-medicines"));
    ui.scrollIntoView(ui.findAll(QStringLiteral("medicationRow")).last());
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("it may be time to ask for it")))
        << "the methadone refill was due on Wednesday";
    // A wrapped name once left its Edit button below the card.
    QQuickItem* card = ui.find(QStringLiteral("medicationListCard"));
    ASSERT_TRUE(card);
    const qreal cardBottom = card->mapToScene(QPointF(0, card->height())).y();
    for (QQuickItem* edit : ui.findAll(QStringLiteral("medicationEditButton")))
        EXPECT_LE(edit->mapToScene(QPointF(0, edit->height())).y(), cardBottom);
    ui.screenshot(QStringLiteral("phone-medicines-list"));
    ui.resize(1280, 800);
    ui.screenshot(QStringLiteral("desktop-medicines"));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(MedicationFlow, AMedicineRemovedByMistakeIsTakenBack) {
    UiHarness ui(QLocale(QLocale::English), atLocal(kFriday, QTime(14, 30)).toUTC());
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    storeMedicines(ui);
    openMedicines(ui);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return ui.findAll(QStringLiteral("medicationEditButton")).size() == 3; }));
    ui.tap(ui.findAll(QStringLiteral("medicationEditButton")).first());
    QQuickItem* remove = ui.waitFor(QStringLiteral("medicationRemoveButton"));
    ASSERT_TRUE(remove);
    ui.tap(remove);

    QQuickItem* undo = ui.waitFor(QStringLiteral("medicationUndoBar"));
    ASSERT_TRUE(undo);
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Medicine removed")));
    ui.screenshot(QStringLiteral("phone-medicine-removed"));
    EXPECT_EQ(ui.profile().medications().live()->size(), 2u) << "removed at once";
    ASSERT_TRUE(QTest::qWaitFor([&] { return ui.findAll(QStringLiteral("doseRow")).size() == 1; }))
        << "its doses leave today's list";

    ui.key(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ui.findAll(QStringLiteral("doseRow")).size() == 3; }))
        << "back, with this morning's mark";
    auto live = ui.profile().medications().live();
    ASSERT_TRUE(live.ok());
    ASSERT_EQ(live->size(), 3u);
    EXPECT_EQ(live->front().entry.name, QStringLiteral("Buprenorphine/naloxone sublingual film"));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Taken")));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(MedicationFlow, ADoseIsMarkedTakenFromTheKeyboard) {
    UiHarness ui(QLocale(QLocale::English), atLocal(kFriday, QTime(14, 30)).toUTC());
    ASSERT_TRUE(ui.window());
    ui.resize(1280, 800);
    storeMedicines(ui);
    openMedicines(ui);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("doseTakenButton")));
    QQuickItem* focused = nullptr;
    for (int press = 0; press < 40; ++press) {
        ui.key(Qt::Key_Tab);
        focused = ui.window()->activeFocusItem();
        if (focused && focused->objectName() == QLatin1String("doseTakenButton"))
            break;
    }
    ASSERT_TRUE(focused && focused->objectName() == QLatin1String("doseTakenButton"))
        << "Tab reaches a dose's Taken";
    ui.key(Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        auto doses = ui.profile().doses().doses(kFriday);
        return doses.ok() && doses->front().state == DoseState::Taken;
    })) << "07:30 methadone marked taken, late, from the keyboard";
}

TEST(MedicationFlow, FormErrorsBesideTheFieldsInSpanish) {
    UiHarness ui(QLocale(QLocale::Spanish, QLocale::UnitedStates),
                 atLocal(kFriday, QTime(14, 30)).toUTC());
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    openMedicines(ui);
    ui.tap(ui.waitFor(QStringLiteral("medicationHeaderAction")));
    ui.tap(ui.waitFor(QStringLiteral("medicationDoseField")));
    ui.type(QStringLiteral("abc"));
    ui.tap(ui.waitFor(QStringLiteral("medicationSaveButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("medicationDoseError")));
    EXPECT_TRUE(ui.find(QStringLiteral("medicationNameError")));
    EXPECT_EQ(ui.textOf(QStringLiteral("medicationDoseField")), QStringLiteral("abc"));
    ui.scrollIntoView(ui.find(QStringLiteral("medicationNameField")));
    ui.screenshot(QStringLiteral("phone-es-medicine-form"));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}
