#include "store/SharingStore.h"

#include "StoreFixture.h"
#include "store/Outbox.h"
#include "store/SyncBookkeeping.h"

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
        auto pending = Outbox(*m_db).pending(m_account, QLatin1String(recordType), 100);
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
        EXPECT_TRUE(SyncBookkeeping(*m_db, m_account)
                        .setVersion(QLatin1String(CravingLogStore::kRecordType), id, "v1")
                        .ok());
        EXPECT_TRUE(Outbox(*m_db).discard(m_account, {CravingLogStore::kRecordType, id}).ok());
        return id;
    }

    // A log made before the outbox existed (schema 1), so never queued.
    QString unqueuedLog() {
        auto added = m_store->add(entry(6));
        EXPECT_TRUE(added.ok());
        const QString id = added->id.toString(QUuid::WithoutBraces);
        EXPECT_TRUE(Outbox(*m_db).discard(m_account, {CravingLogStore::kRecordType, id}).ok());
        return id;
    }

    std::unique_ptr<SharingStore> m_sharing;
};

} // namespace

TEST_F(SharingStoreTest, NothingIsSharedBeforeTheClientChooses) {
    auto state = m_sharing->cravings(m_account);
    ASSERT_TRUE(state.ok());
    EXPECT_FALSE(state->sharing);
    EXPECT_FALSE(state->decidedAt.isValid());
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 0);
}

TEST_F(SharingStoreTest, TheChoiceIsKeptWithTheTimeAndOffsetItWasMadeIn) {
    const QDateTime at(QDate(2026, 11, 2), QTime(9, 30), Qt::OffsetFromUTC, -5 * 3600);
    QSignalSpy changed(m_sharing.get(), &SharingStore::changed);
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, at).ok());
    auto state = m_sharing->cravings(m_account);
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
    ASSERT_TRUE(
        Outbox(*m_db).discard(m_account, {CravingLogStore::kRecordType, deletedOnServer}).ok());
    const QString deletedLocally = unqueuedLog();
    ASSERT_TRUE(m_store->remove(QUuid::fromString(deletedLocally)).ok());
    ASSERT_TRUE(
        Outbox(*m_db).discard(m_account, {CravingLogStore::kRecordType, deletedLocally}).ok());

    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, m_clock.now()).ok());

    std::vector<QString> expected{never, deletedOnServer};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(queued(CravingLogStore::kRecordType), expected);
    EXPECT_EQ(queued(SharingStore::kRecordType), std::vector<QString>{"cravings"});
}

TEST_F(SharingStoreTest, TurningOffQueuesOnlyTheChoice) {
    unqueuedLog();
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, false, m_clock.now()).ok());
    EXPECT_TRUE(queued(CravingLogStore::kRecordType).empty());
    EXPECT_EQ(queued(SharingStore::kRecordType), std::vector<QString>{"cravings"});
    EXPECT_FALSE(m_sharing->cravings(m_account)->sharing);
}

TEST_F(SharingStoreTest, EveryChoiceUpdatesTheSameConsent) {
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, m_clock.now()).ok());
    const QUuid first = m_sharing->cravings(m_account)->consentId;
    EXPECT_FALSE(first.isNull());
    m_clock.advanceSeconds(60);
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, false, m_clock.now()).ok());
    m_clock.advanceSeconds(60);
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, m_clock.now()).ok());
    EXPECT_EQ(m_sharing->cravings(m_account)->consentId, first);
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 1); // squashed into one upload
}

TEST_F(SharingStoreTest, AChoiceWithoutATimeIsRefusedAndChangesNothing) {
    QSignalSpy changed(m_sharing.get(), &SharingStore::changed);
    auto refused = m_sharing->setCravingSharing(m_account, true, QDateTime());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, StoreErrorKind::InvalidInput);
    EXPECT_FALSE(m_sharing->cravings(m_account)->sharing);
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 0);
    EXPECT_EQ(changed.count(), 0);
}

// Sharing is a choice made for one clinic and patient: another starts with nothing shared,
// and nothing is queued for it.
TEST_F(SharingStoreTest, AnotherClinicAccountStartsWithNothingSharedAndNothingQueued) {
    unqueuedLog();
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, m_clock.now()).ok());
    const ClinicAccountId other = addAccount("alex-rivera", QUrl("https://other.example/fhir"));

    auto state = m_sharing->cravings(other);
    ASSERT_TRUE(state.ok());
    EXPECT_FALSE(state->sharing);
    EXPECT_FALSE(state->decidedAt.isValid());
    EXPECT_EQ(*Outbox(*m_db).count(other), 0);
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 2); // the Consent and the log, for the first
}
