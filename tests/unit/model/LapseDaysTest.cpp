#include "model/LapseDays.h"

#include <gtest/gtest.h>

using namespace stepstone;

namespace {
const QDate kToday(2026, 12, 4);
}

TEST(LapseDays, NoLapseHasNoCount) {
    const LapseDays none = lapseDays({}, kToday);
    EXPECT_FALSE(none.sinceLatest);
    EXPECT_FALSE(none.longestStretch);
}

TEST(LapseDays, TheDayOfALapseIsDayZeroAndTheNextDayIsOne) {
    const QDate today[] = {kToday};
    EXPECT_EQ(lapseDays(today, kToday).sinceLatest, 0);
    EXPECT_EQ(lapseDays(today, kToday.addDays(1)).sinceLatest, 1);
}

TEST(LapseDays, TheLongestStretchIsBetweenLapsesOrUpToToday) {
    const QDate lapses[] = {QDate(2026, 9, 1), QDate(2026, 11, 20), QDate(2026, 10, 1)};
    const LapseDays counted = lapseDays(lapses, kToday);
    EXPECT_EQ(counted.sinceLatest, 14);
    EXPECT_EQ(counted.longestStretch, 50) << "1 October to 20 November";
    EXPECT_EQ(lapseDays(lapses, QDate(2027, 3, 1)).longestStretch, 101) << "now up to today";
}

TEST(LapseDays, SeveralLapsesOnOneDayCountOnceAndFutureDatesAreLeftOut) {
    const QDate lapses[] = {QDate(2026, 12, 1), QDate(2026, 12, 1), QDate(2027, 1, 1), QDate()};
    const LapseDays counted = lapseDays(lapses, kToday);
    EXPECT_EQ(counted.sinceLatest, 3);
    EXPECT_EQ(counted.longestStretch, 3);
}
