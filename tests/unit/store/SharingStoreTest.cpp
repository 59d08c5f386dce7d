#include "store/SharingStore.h"

#include "StoreFixture.h"
#include "sync/CravingUpload.h"
#include "sync/SyncBookkeeping.h"
#include "sync/SyncOutbox.h"

#include <QSignalSpy>
#include <algorithm>

using namespace stepstone;

namespace {

class SharingStoreTest : public test::StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        m_sharing = std::make_unique<SharingStore>(*m_db, m_clock);
    }

    std::vector<QString> queued(const char* recordType) const {
        auto pending = SyncOutbox(*m_db).pending(QLatin1String(recordType), 100);
        EXPECT_TRUE(pending.ok());
        std::vector<QString> ids;
        for (const auto& entry : *pending)
            ids.push_back(entry.recordId);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // A log as if the clinic already had it, with nothing left to send.
    QString logOnServer() {
        auto added = m_store->add(entry(4));
        EXPECT_TRUE(added.ok());
        const QString id = added->id.toString(QUuid::WithoutBraces);
        EXPECT_TRUE(SyncBookkeeping(*m_db)
                        .setVersion(QLatin1String(CravingUpload::kResourceType), id, "v1")
                        .ok());
        EXPECT_TRUE(SyncOutbox(*m_db).discard({CravingLogStore::kRecordType, id}).ok());
        return id;
    }

    // A log made before the outbox existed (schema 1), so never queued.
    QString unqueuedLog() {
        auto added = m_store->add(entry(6));
        EXPECT_TRUE(added.ok());
        const QString id = added->id.toString(QUuid::WithoutBraces);
        EXPECT_TRUE(SyncOutbox(*m_db).discard({CravingLogStore::kRecordType, id}).ok());
        return id;
    }

    std::unique_ptr<SharingStore> m_sharing;
};

} // namespace

TEST_F(SharingStoreTest, NothingIsSharedBeforeTheClientChooses) {
    auto state = m_sharing->cravings();
    ASSERT_TRUE(state.ok());
    EXPECT_FALSE(state->sharing);
    EXPECT_FALSE(state->decidedAt.isValid());
    EXPECT_EQ(*SyncOutbox(*m_db).count(), 0);
}

TEST_F(SharingStoreTest, TheChoiceIsKeptWithTheTimeAndOffsetItWasMadeIn) {
    const QDateTime at(QDate(2026, 11, 2), QTime(9, 30), Qt::OffsetFromUTC, -5 * 3600);
    QSignalSpy changed(m_sharing.get(), &SharingStore::changed);
    ASSERT_TRUE(m_sharing->setCravingSharing(true, at).ok());
    auto state = m_sharing->cravings();
    ASSERT_TRUE(state.ok());
    EXPECT_TRUE(state->sharing);
    EXPECT_EQ(state->decidedAt, at);
    EXPECT_EQ(state->decidedAt.offsetFromUtc(), -5 * 3600);
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(SharingStoreTest, TurningOnQueuesTheConsentAndEveryLogTheClinicHasNotHad) {
    const QString never = unqueuedLog();
    logOnServer(); // unchanged since the clinic got it: nothing to send
    const QString deletedOnServer = logOnServer();
    ASSERT_TRUE(m_store->remove(QUuid::fromString(deletedOnServer)).ok());
    ASSERT_TRUE(SyncOutbox(*m_db).discard({CravingLogStore::kRecordType, deletedOnServer}).ok());
    const QString deletedLocally = unqueuedLog();
    ASSERT_TRUE(m_store->remove(QUuid::fromString(deletedLocally)).ok());
    ASSERT_TRUE(SyncOutbox(*m_db).discard({CravingLogStore::kRecordType, deletedLocally}).ok());

    ASSERT_TRUE(m_sharing->setCravingSharing(true, m_clock.now()).ok());

    std::vector<QString> expected{never, deletedOnServer};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(queued(CravingLogStore::kRecordType), expected);
    EXPECT_EQ(queued(SharingStore::kRecordType), std::vector<QString>{"cravings"});
}

TEST_F(SharingStoreTest, TurningOffQueuesOnlyTheChoice) {
    unqueuedLog();
    ASSERT_TRUE(m_sharing->setCravingSharing(false, m_clock.now()).ok());
    EXPECT_TRUE(queued(CravingLogStore::kRecordType).empty());
    EXPECT_EQ(queued(SharingStore::kRecordType), std::vector<QString>{"cravings"});
    EXPECT_FALSE(m_sharing->cravings()->sharing);
}

TEST_F(SharingStoreTest, EveryChoiceUpdatesTheSameConsent) {
    ASSERT_TRUE(m_sharing->setCravingSharing(true, m_clock.now()).ok());
    const QUuid first = m_sharing->cravings()->consentId;
    EXPECT_FALSE(first.isNull());
    m_clock.advanceSeconds(60);
    ASSERT_TRUE(m_sharing->setCravingSharing(false, m_clock.now()).ok());
    m_clock.advanceSeconds(60);
    ASSERT_TRUE(m_sharing->setCravingSharing(true, m_clock.now()).ok());
    EXPECT_EQ(m_sharing->cravings()->consentId, first);
    EXPECT_EQ(*SyncOutbox(*m_db).count(), 1); // squashed into one upload
}

TEST_F(SharingStoreTest, AChoiceWithoutATimeIsRefusedAndChangesNothing) {
    QSignalSpy changed(m_sharing.get(), &SharingStore::changed);
    auto refused = m_sharing->setCravingSharing(true, QDateTime());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, StoreErrorKind::InvalidInput);
    EXPECT_FALSE(m_sharing->cravings()->sharing);
    EXPECT_EQ(*SyncOutbox(*m_db).count(), 0);
    EXPECT_EQ(changed.count(), 0);
}
