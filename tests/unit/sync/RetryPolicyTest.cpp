#include "sync/RetryPolicy.h"

#include <gtest/gtest.h>

using namespace stepstone;
using namespace std::chrono_literals;

TEST(RetryPolicy, DelaysGrowExponentiallyWithinTheirCeiling) {
    RetryPolicy policy({1000ms, 60000ms}, 7);
    for (int failures = 1; failures <= 6; ++failures) {
        const auto ceiling = std::min(60000ms, 1000ms * (1 << (failures - 1)));
        for (int i = 0; i < 50; ++i) {
            const auto delay = policy.delayAfter(failures);
            EXPECT_GE(delay.count(), 0);
            EXPECT_LE(delay, ceiling);
        }
    }
}

TEST(RetryPolicy, NeverWaitsLongerThanTheCapEvenAfterManyFailures) {
    RetryPolicy policy({1000ms, 30000ms}, 1);
    for (int i = 0; i < 100; ++i)
        EXPECT_LE(policy.delayAfter(1000), 30000ms);
}

TEST(RetryPolicy, JitterSpreadsClientsThatFailedTogether) {
    RetryPolicy a({1000ms, 60000ms}, 1);
    RetryPolicy b({1000ms, 60000ms}, 2);
    int same = 0;
    for (int i = 0; i < 20; ++i)
        same += a.delayAfter(5) == b.delayAfter(5);
    EXPECT_LT(same, 3);
}

TEST(RetryPolicy, HonoursRetryAfterButNotBeyondTheCap) {
    RetryPolicy policy({1000ms, 60000ms}, 3);
    EXPECT_GE(policy.delayAfter(1, 20000ms), 20000ms);
    EXPECT_EQ(policy.delayAfter(1, std::chrono::milliseconds(3600000)), 60000ms);
}

TEST(RetryPolicy, ParsesRetryAfterSecondsAndHttpDates) {
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 30), Qt::UTC);
    EXPECT_EQ(RetryPolicy::parseRetryAfter(" 120 ", now), 120000ms);
    EXPECT_EQ(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 30000ms);
    EXPECT_EQ(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), 0ms);
    EXPECT_FALSE(RetryPolicy::parseRetryAfter("soon", now).has_value());
    EXPECT_FALSE(RetryPolicy::parseRetryAfter("-5", now).has_value());
    EXPECT_FALSE(RetryPolicy::parseRetryAfter("", now).has_value());
}
