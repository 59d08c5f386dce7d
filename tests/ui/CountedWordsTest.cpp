// Counts a client reads say "1 minute" and "5 minutes", never "minute(s)", in English and Spanish.
#include "ProgramLabels.h"
#include "SyncStatusText.h"
#include "UiHarness.h"

#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QDateTime kNow(QDate(2026, 12, 7), QTime(10, 0), Qt::LocalTime);

QString updatedMinutesAgo(int minutes) {
    return describeSync(SyncEngine::State::Idle, kNow.addSecs(-60 * minutes), kNow);
}

QString stepDownDaysAgo(int days) {
    ProgramStatus status;
    status.level = ProgramLevel::Iop;
    status.stepDownOn = kNow.date().addDays(-days);
    return programLabels::stepDown(status, kNow.date());
}

} // namespace

TEST(CountedWords, MinutesSinceTheLastUpdateInEnglishAndSpanish) {
    EXPECT_EQ(updatedMinutesAgo(1), QStringLiteral("Updated 1 minute ago."));
    EXPECT_EQ(updatedMinutesAgo(5), QStringLiteral("Updated 5 minutes ago."));
    EXPECT_EQ(updatedMinutesAgo(59), QStringLiteral("Updated 59 minutes ago."));

    UiHarness spanish(QLocale(QLocale::Spanish, QLocale::Spain));
    EXPECT_EQ(updatedMinutesAgo(1), QStringLiteral("Actualizado hace 1 minuto."));
    EXPECT_EQ(updatedMinutesAgo(5), QStringLiteral("Actualizado hace 5 minutos."));
}

TEST(CountedWords, AStepDownThatIsLateInEnglishAndSpanish) {
    EXPECT_TRUE(stepDownDaysAgo(1).startsWith(
        QStringLiteral("Step-down to outpatient was planned for yesterday, 6 December.")))
        << qPrintable(stepDownDaysAgo(1));
    EXPECT_TRUE(stepDownDaysAgo(3).startsWith(
        QStringLiteral("Step-down to outpatient was planned for 4 December, 3 days ago.")))
        << qPrintable(stepDownDaysAgo(3));

    UiHarness spanish(QLocale(QLocale::Spanish, QLocale::Spain));
    EXPECT_TRUE(stepDownDaysAgo(1).contains(QStringLiteral("previsto para ayer, 6 de diciembre")))
        << qPrintable(stepDownDaysAgo(1));
    EXPECT_TRUE(stepDownDaysAgo(3).contains(QStringLiteral("hace 3 días")))
        << qPrintable(stepDownDaysAgo(3));
}
