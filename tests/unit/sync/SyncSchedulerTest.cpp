#include "sync/SyncScheduler.h"

#include "TestApplication.h"

#include <gtest/gtest.h>

using namespace stepstone;
using namespace std::chrono_literals;

namespace {

class SyncSchedulerTest : public ::testing::Test {
protected:
    void SetUp() override { test::ensureCoreApplication(); }

    int syncs = 0;
};

} // namespace

TEST_F(SyncSchedulerTest, SyncsOnStartButNotBefore) {
    SyncScheduler scheduler([this] { ++syncs; }, {50ms, 10min});
    scheduler.localChange();
    scheduler.refreshRequested();
    QTest::qWait(120);
    EXPECT_EQ(syncs, 0);
    scheduler.start();
    EXPECT_EQ(syncs, 1);
}

TEST_F(SyncSchedulerTest, QuickLocalChangesMakeOneSyncAfterTheyStop) {
    SyncScheduler scheduler([this] { ++syncs; }, {80ms, 10min});
    scheduler.start();
    for (int i = 0; i < 5; ++i) {
        scheduler.localChange();
        QTest::qWait(20);
    }
    EXPECT_EQ(syncs, 1) << "the debounce must wait for the changes to stop";
    EXPECT_TRUE(QTest::qWaitFor([this] { return syncs == 2; }, 2000));
    QTest::qWait(200);
    EXPECT_EQ(syncs, 2);
}

TEST_F(SyncSchedulerTest, PullToRefreshSyncsAtOnceEvenWhenOffline) {
    SyncScheduler scheduler([this] { ++syncs; }, {50ms, 10min});
    scheduler.setOnline(false);
    scheduler.start();
    EXPECT_EQ(syncs, 0);
    scheduler.refreshRequested();
    EXPECT_EQ(syncs, 1);
}

TEST_F(SyncSchedulerTest, OfflineHoldsChangesAndTicksUntilTheNetworkComesBack) {
    SyncScheduler scheduler([this] { ++syncs; }, {30ms, 60ms});
    scheduler.start();
    ASSERT_EQ(syncs, 1);
    scheduler.setOnline(false);
    scheduler.localChange();
    QTest::qWait(250);
    EXPECT_EQ(syncs, 1);
    scheduler.setOnline(true);
    EXPECT_EQ(syncs, 2);
    scheduler.setOnline(true);
    EXPECT_EQ(syncs, 2) << "only a change from offline to online is a reason";
}

TEST_F(SyncSchedulerTest, TimerKeepsSyncingWhileRunningAndStopStopsEverything) {
    SyncScheduler scheduler([this] { ++syncs; }, {30ms, 60ms});
    scheduler.start();
    EXPECT_TRUE(QTest::qWaitFor([this] { return syncs >= 3; }, 2000));
    scheduler.localChange();
    scheduler.stop();
    const int stoppedAt = syncs;
    QTest::qWait(200);
    EXPECT_EQ(syncs, stoppedAt);
    scheduler.setOnline(false);
    scheduler.setOnline(true);
    EXPECT_EQ(syncs, stoppedAt);
}
