#include "OpenedUrls.h"
#include "UiHarness.h"
#include "common/LocalTime.h"

#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kLongName = QStringLiteral(
    "Thursday evening Big Book study and fellowship at St. Bartholomew's parish hall, "
    "enter by the side door on Maple Street");
const QString kLink = QStringLiteral("https://meet.example.org/j/8142-alumni");

// Saturday 14 March 2026, 16:30 on the device's clock.
QDateTime saturdayAfternoon() {
    return QDateTime(QDate(2026, 3, 14), QTime(16, 30)).toUTC();
}

// A client with a step-down date and three meetings, one with a long name and one online.
void seed(UiHarness& ui) {
    ASSERT_TRUE(ui.profile().program().set({ProgramLevel::Iop, QDate(2026, 4, 21)}).ok());
    MeetingDetails big;
    big.name = kLongName;
    big.kind = MeetingKind::TwelveStep;
    big.weekday = Qt::Thursday;
    big.timeOfDay = QTime(19, 30);
    big.place = QStringLiteral("1200 Maple Street, Springfield, parish hall, second floor");
    big.note = QStringLiteral("Ask for Dana at the coffee table. Bring the workbook.");
    ASSERT_TRUE(ui.profile().meetings().add(big).ok());
    MeetingDetails smart;
    smart.name = QStringLiteral("SMART Monday");
    smart.kind = MeetingKind::SmartRecovery;
    smart.weekday = Qt::Monday;
    smart.timeOfDay = QTime(12, 0);
    smart.link = QStringLiteral("https://smart.example.org/online/monday");
    ASSERT_TRUE(ui.profile().meetings().add(smart).ok());
    MeetingDetails alumni;
    alumni.name = QStringLiteral("Alumni group");
    alumni.kind = MeetingKind::Alumni;
    alumni.weekday = Qt::Sunday;
    alumni.timeOfDay = QTime(10, 0);
    alumni.link = kLink;
    ASSERT_TRUE(ui.profile().meetings().add(alumni).ok());
}

void openProgram(UiHarness& ui) {
    ui.goTo(UiHarness::Destination::Program);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("programPage")));
}

struct Look {
    const char* name;
    QLocale locale;
};

} // namespace

TEST(ProgramFlow, ThePageReadsWellAtBothSizesInEnglishAndSpanish) {
    for (const Look& look : {Look{"en", QLocale(QLocale::English)},
                             Look{"es", QLocale(QLocale::Spanish, QLocale::Spain)}}) {
        UiHarness ui(look.locale, saturdayAfternoon());
        ASSERT_TRUE(ui.window());
        seed(ui);
        for (const QSize size : {QSize(360, 640), QSize(1280, 800)}) {
            ui.resize(size.width(), size.height());
            openProgram(ui);
            QTest::qWait(100);
            // Sunday 15 March at 10:00 is the next of the three.
            EXPECT_EQ(ui.textOf(QStringLiteral("nextMeetingTitle")),
                      QStringLiteral("Alumni group"));
            if (look.locale.language() == QLocale::English) {
                EXPECT_EQ(ui.textOf(QStringLiteral("programStepDown")),
                          QStringLiteral("Step-down to outpatient on 21 April: in 38 days"));
            }
            EXPECT_TRUE(ui.visibleText().contains(kLongName));
            EXPECT_TRUE(ui.controlsWithoutAccessibleName().isEmpty())
                << qPrintable(ui.controlsWithoutAccessibleName().join(u'\n'));
            const QString sizeName =
                size.width() == 360 ? QStringLiteral("phone") : QStringLiteral("desktop");
            ui.screenshot(QStringLiteral("%1-program-%2").arg(sizeName, QLatin1String(look.name)));
            QQuickItem* add = ui.find(QStringLiteral("meetingAddButton"));
            ASSERT_TRUE(add);
            ui.tap(add);
            ASSERT_TRUE(ui.waitFor(QStringLiteral("meetingNameField")));
            ui.type(QStringLiteral("Friday"));
            ui.tap(ui.find(QStringLiteral("meetingTimeField")));
            ui.type(QStringLiteral("19:00"));
            ui.tap(ui.find(QStringLiteral("meetingLinkField")));
            ui.type(QStringLiteral("http://friday.example.org"));
            ui.tap(ui.find(QStringLiteral("meetingSaveButton")));
            ASSERT_TRUE(ui.waitFor(QStringLiteral("meetingError")));
            EXPECT_TRUE(ui.textOf(QStringLiteral("meetingError")).contains(u"https://"));
            EXPECT_TRUE(ui.find(QStringLiteral("meetingLinkField"))->hasActiveFocus())
                << "the keyboard is taken to the link";
            ui.scrollIntoView(ui.find(QStringLiteral("meetingError")));
            ui.screenshot(
                QStringLiteral("%1-program-form-error-%2").arg(sizeName, QLatin1String(look.name)));
            EXPECT_EQ(ui.textOf(QStringLiteral("meetingLinkField")),
                      QStringLiteral("http://friday.example.org"));
            ui.tap(ui.find(QStringLiteral("meetingCancelButton")));
        }
        EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
    }
}

TEST(ProgramFlow, AMeetingLinkOpensInTheSystemsBrowser) {
    OpenedUrls opened;
    UiHarness ui(QLocale(QLocale::English), saturdayAfternoon());
    ASSERT_TRUE(ui.window());
    seed(ui);
    ui.resize(1280, 800);
    openProgram(ui);
    QQuickItem* next = ui.find(QStringLiteral("nextMeetingCard"));
    ASSERT_TRUE(next);
    const auto buttons = ui.findAll(QStringLiteral("nextMeetingLinkButton"), next);
    ASSERT_EQ(buttons.size(), 1);
    ui.tap(buttons.first());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !opened.urls.isEmpty(); }, 2000));
    EXPECT_EQ(opened.urls, QList<QUrl>{QUrl(kLink)});
    EXPECT_TRUE(ui.browser().opened.isEmpty()) << "the sign-in browser is for the clinic only";
}
