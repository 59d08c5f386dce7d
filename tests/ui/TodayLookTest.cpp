#include "UiHarness.h"
#include "YearOfData.h"

#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// Friday 4 December 2026, 09:30 on the device's clock.
const QDateTime kMorning = QDateTime(QDate(2026, 12, 4), QTime(9, 30)).toUTC();

// The bottom of `item` in the window, and the top of the bottom bar (or the window's bottom).
qreal bottomOf(QQuickItem* item) {
    return item->mapToScene(QPointF(0, item->height())).y();
}

qreal visibleBottom(UiHarness& ui) {
    QQuickItem* scroll = ui.find(QStringLiteral("todayScroll"));
    return scroll ? scroll->mapToScene(QPointF(0, scroll->height())).y() : 0;
}

} // namespace

TEST(TodayLook, EmptyAndAYearOfDataAtBothSizes) {
    UiHarness ui(QLocale(QLocale::English), kMorning);
    ASSERT_TRUE(ui.window());
    for (const QSize size : {QSize(360, 640), QSize(1280, 800)}) {
        ui.resize(size.width(), size.height());
        ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
        QTest::qWait(200);
        ui.screenshot(
            QStringLiteral("%1-today-empty").arg(size.width() < 600 ? "phone" : "desktop"));
    }

    const YearOfDataCounts counts =
        fillYearOfData(ui.profile(), ui.clock(), ui.clinicAccount(), kMorning);
    EXPECT_GT(counts.checkIns, 300);
    EXPECT_GT(counts.doses, 1500);
    ui.goTo(UiHarness::Destination::Log);
    ui.goTo(UiHarness::Destination::Today);

    ui.resize(1280, 800);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ui.find(QStringLiteral("nextSession")) != nullptr; }));
    QTest::qWait(300);
    ui.screenshot(QStringLiteral("desktop-today-year"));
    QQuickItem* scroll = ui.find(QStringLiteral("todayScroll"));
    ASSERT_TRUE(scroll);
    EXPECT_LE(scroll->property("contentHeight").toReal(), scroll->height())
        << "nothing on Today needs scrolling at 1280x800";
    for (const char* block : {"nextSessionBlock", "dosesBlock", "quickLogBlock", "checkInBlock",
                              "lapseBlock", "meetingBlock"})
        EXPECT_TRUE(ui.find(QString::fromLatin1(block))) << block;
    EXPECT_EQ(ui.findAll(QStringLiteral("doseRow")).size(), 2) << "the first two of five";
    EXPECT_EQ(ui.textOf(QStringLiteral("moreDoses")), QStringLiteral("3 more today."));
    EXPECT_TRUE(
        ui.textOf(QStringLiteral("todayNextMeeting")).contains(QStringLiteral("Riverside alumni")));

    ui.resize(360, 640);
    QTest::qWait(300);
    ui.screenshot(QStringLiteral("phone-today-year"));
    // The first screen holds the next session, the doses and the quick log.
    const qreal fold = visibleBottom(ui);
    EXPECT_LE(bottomOf(ui.find(QStringLiteral("nextSessionBlock"))), fold);
    EXPECT_LE(bottomOf(ui.find(QStringLiteral("logCravingButton"))), fold);
    const auto doses = ui.findAll(QStringLiteral("doseRow"));
    ASSERT_FALSE(doses.isEmpty());
    EXPECT_LE(doses.first()->mapToScene(QPointF(0, 0)).y(), fold)
        << "doses begin on the first screen";
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}
