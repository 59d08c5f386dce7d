#include "store/Outbox.h"

#include "StoreFixture.h"

using namespace stepstone;

using OutboxTest = test::StoreFixture;

TEST_F(OutboxTest, SentRecordLeavesTheOutboxAndTheSentLogSaysWhen) {
    Outbox outbox(*m_db);
    ASSERT_TRUE(outbox.enqueue(m_account, "craving", "a", 100).ok());
    ASSERT_TRUE(outbox.enqueue(m_account, "craving", "b", 200).ok());
    ASSERT_TRUE(outbox.markSent(m_account, {"craving", "a"}, 150, 300, false).ok());
    auto pending = outbox.pending(m_account, "craving", 10);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1u);
    EXPECT_EQ((*pending)[0].recordId, "b");
    auto logged = m_db->prepared("SELECT record_id, operation, sent_at, account_id FROM sent_log");
    ASSERT_TRUE(logged.ok() && *(*logged)->step());
    EXPECT_EQ((*logged)->text(0), "a");
    EXPECT_EQ((*logged)->text(1), "put");
    EXPECT_EQ((*logged)->integer(2), 300);
    EXPECT_EQ((*logged)->integer(3), m_account.value);
    (*logged)->reset();
}

TEST_F(OutboxTest, AChangeDuringUploadStaysQueued) {
    Outbox outbox(*m_db);
    ASSERT_TRUE(outbox.enqueue(m_account, "craving", "a", 100).ok());
    // The client edits the log again (queued at 250) while the upload of the first version runs.
    ASSERT_TRUE(outbox.enqueue(m_account, "craving", "a", 250).ok());
    ASSERT_TRUE(outbox.markSent(m_account, {"craving", "a"}, 200, 300, false).ok());
    EXPECT_EQ(*outbox.count(m_account), 1);
}

TEST_F(OutboxTest, WhatIsQueuedForOneAccountIsNotAnothers) {
    const ClinicAccountId other = addAccount("jordan-lee");
    Outbox outbox(*m_db);
    ASSERT_TRUE(outbox.enqueue(m_account, "consent", "cravings", 100).ok());
    EXPECT_EQ(*outbox.count(m_account), 1);
    EXPECT_EQ(*outbox.count(other), 0);
    EXPECT_TRUE(outbox.pending(other, "consent", 10)->empty());
}

TEST_F(OutboxTest, ARecordSetAsideWaitsOutOfTheWayUntilItChangesAgain) {
    Outbox outbox(*m_db);
    ASSERT_TRUE(outbox.enqueue(m_account, "craving", "bad", 100).ok());
    ASSERT_TRUE(outbox.enqueue(m_account, "craving", "good", 200).ok());
    ASSERT_TRUE(outbox.setAside(m_account, {"craving", "bad"}, Outbox::Problem::Refused, 300).ok());

    auto pending = outbox.pending(m_account, "craving", 10);
    ASSERT_EQ(pending->size(), 1u);
    EXPECT_EQ(pending->front().recordId, "good");
    auto aside = outbox.setAsideEntries(m_account);
    ASSERT_TRUE(aside.ok());
    ASSERT_EQ(aside->size(), 1u);
    EXPECT_EQ(aside->front().entry, (Outbox::Entry{"craving", "bad"}));
    EXPECT_EQ(aside->front().problem, Outbox::Problem::Refused);
    EXPECT_EQ(aside->front().since.toMSecsSinceEpoch(), 300);
    EXPECT_EQ(*outbox.count(m_account), 2) << "set aside is still queued";

    // The client edits it: it is tried again.
    ASSERT_TRUE(outbox.enqueueForEveryAccount("craving", "bad", 400).ok());
    EXPECT_EQ(outbox.pending(m_account, "craving", 10)->size(), 2u);
    EXPECT_TRUE(outbox.setAsideEntries(m_account)->empty());
}
