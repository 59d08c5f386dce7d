// The rule for a record's time. ctest runs these once per time zone below, with TZ set
// (tests/unit/CMakeLists.txt).
#include "common/LocalTime.h"

#include "fake/FixedClock.h"

#include <gtest/gtest.h>

using namespace stepstone;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

struct Expected {
    QDateTime instant;
    int offsetSeconds;
    QTime clock;
};

std::vector<Expected> expectedHere() {
    const QByteArray tz = qgetenv("TZ");
    constexpr int kCst = -6 * 3600;
    constexpr int kCdt = -5 * 3600;
    if (tz == "America/Chicago")
        return {
            {utc(2025, 3, 9, 7, 59), kCst, QTime(1, 59)},  // just before spring-forward
            {utc(2025, 3, 9, 8, 1), kCdt, QTime(3, 1)},    // just after
            {utc(2025, 11, 2, 6, 59), kCdt, QTime(1, 59)}, // just before fall-back
            {utc(2025, 11, 2, 7, 1), kCst, QTime(1, 1)},   // just after: 01:01 a second time
        };
    if (tz == "Asia/Kolkata")
        return {{utc(2025, 7, 14, 16, 0), 5 * 3600 + 1800, QTime(21, 30)}};
    return {};
}

} // namespace

TEST(LocalOffset, NowCarriesTheOffsetOfTheClientsZoneAtThatVeryInstant) {
    const auto expected = expectedHere();
    ASSERT_FALSE(expected.empty()) << "run under TZ=America/Chicago or TZ=Asia/Kolkata";
    for (const Expected& each : expected) {
        const platform::FixedClock clock(each.instant);
        const QDateTime now = localNow(clock);
        EXPECT_EQ(now, each.instant) << "the instant itself never moves";
        EXPECT_EQ(now.timeSpec(), Qt::OffsetFromUTC);
        EXPECT_EQ(now.offsetFromUtc(), each.offsetSeconds) << qPrintable(each.instant.toString());
        EXPECT_EQ(now.time(), each.clock);
    }
}

TEST(LocalOffset, AMomentReadsOnTheClockItWasLivedBy) {
    ASSERT_FALSE(expectedHere().empty()) << "run under TZ=America/Chicago or TZ=Asia/Kolkata";
    const QDateTime inLisbonSummer(QDate(2025, 7, 14), QTime(21, 30), Qt::OffsetFromUTC, 3600);
    EXPECT_EQ(asLived(inLisbonSummer).time(), QTime(21, 30));
    EXPECT_EQ(asLived(inLisbonSummer).offsetFromUtc(), 3600);

    // Kept without an offset (before offsets were kept): read on this device's clock.
    const QDateTime unknownOffset = utc(2025, 7, 14, 20, 30);
    EXPECT_EQ(asLived(unknownOffset), unknownOffset);
    EXPECT_EQ(asLived(unknownOffset).time(), unknownOffset.toLocalTime().time());
    EXPECT_NE(asLived(unknownOffset).time(), QTime(20, 30));
}

TEST(LocalOffset, OnlyOffsetsFhirCanWriteAreKept) {
    EXPECT_TRUE(isKeepableUtcOffset(0));
    EXPECT_TRUE(isKeepableUtcOffset(5 * 3600 + 1800));
    EXPECT_TRUE(isKeepableUtcOffset(-14 * 3600));
    EXPECT_FALSE(isKeepableUtcOffset(14 * 3600 + 60));
    EXPECT_FALSE(isKeepableUtcOffset(-(17 * 60 + 30))); // a local mean time, seconds and all
    EXPECT_FALSE(isKeepableUtcOffset(3600 + 30));
    EXPECT_FALSE(withLocalOffset(QDateTime()).isValid());
}
