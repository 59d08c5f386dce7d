#include "sync/SyncOutbox.h"

#include "StoreFixture.h"

using namespace stepstone;

using SyncOutboxTest = test::StoreFixture;

TEST_F(SyncOutboxTest, SentRecordLeavesTheOutboxAndTheSentLogSaysWhen) {
    SyncOutbox outbox(*m_db);
    ASSERT_TRUE(outbox.enqueue("craving", "a", 100).ok());
    ASSERT_TRUE(outbox.enqueue("craving", "b", 200).ok());
    ASSERT_TRUE(outbox.markSent({"craving", "a"}, 150, 300, false).ok());
    auto pending = outbox.pending("craving", 10);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1u);
    EXPECT_EQ((*pending)[0].recordId, "b");
    auto logged = m_db->prepared("SELECT record_id, operation, sent_at FROM sync_sent_log");
    ASSERT_TRUE(logged.ok() && *(*logged)->step());
    EXPECT_EQ((*logged)->text(0), "a");
    EXPECT_EQ((*logged)->text(1), "put");
    EXPECT_EQ((*logged)->integer(2), 300);
}

TEST_F(SyncOutboxTest, AChangeDuringUploadStaysQueued) {
    SyncOutbox outbox(*m_db);
    ASSERT_TRUE(outbox.enqueue("craving", "a", 100).ok());
    // The client edits the log again (queued at 250) while the upload of the first version runs.
    ASSERT_TRUE(outbox.enqueue("craving", "a", 250).ok());
    ASSERT_TRUE(outbox.markSent({"craving", "a"}, 200, 300, false).ok());
    EXPECT_EQ(*outbox.count(), 1);
}
