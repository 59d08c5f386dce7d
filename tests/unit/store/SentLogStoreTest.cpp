#include "store/SentLogStore.h"

#include "StoreFixture.h"
#include "store/Outbox.h"
#include "store/SessionStore.h"
#include "store/SharingStore.h"

using namespace stepstone;

namespace {

class SentLogStoreTest : public test::StoreFixture {
protected:
    void sent(const QString& recordType, const QString& id, bool deleted = false,
              std::optional<ClinicAccountId> account = std::nullopt) {
        m_clock.advanceSeconds(60);
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        ASSERT_TRUE(Outbox(*m_db)
                        .markSent(account.value_or(m_account), {recordType, id}, now, now, deleted)
                        .ok());
    }
};

} // namespace

TEST_F(SentLogStoreTest, SaysWhatWasSentWhenNewestFirst) {
    const QDateTime occurred = m_clock.now().addSecs(-3600);
    CravingEntry e = entry(5);
    e.occurredAt = occurred;
    auto log = m_store->add(e);
    ASSERT_TRUE(log.ok());
    const QString logId = log->id.toString(QUuid::WithoutBraces);

    sent(SharingStore::kRecordType, SharingStore::kCravings);
    sent(CravingLogStore::kRecordType, logId);
    sent(SessionStore::kAnswerRecordType, "alex-rivera-session-1");
    sent(CravingLogStore::kRecordType, logId, true);
    sent("journal-share", "from-a-newer-app");

    auto records = SentLogStore(*m_db).recentlySent(m_account, 10);
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 4u);
    const std::vector<SentRecord::Kind> kinds{
        SentRecord::Kind::CravingLogDeleted, SentRecord::Kind::SessionAnswer,
        SentRecord::Kind::CravingLog, SentRecord::Kind::SharingChoice};
    for (std::size_t i = 0; i < kinds.size(); ++i)
        EXPECT_EQ((*records)[i].kind, kinds[i]) << i;
    EXPECT_GT((*records)[0].sentAt, (*records)[1].sentAt);
    EXPECT_EQ((*records)[0].recordTime, occurred);
    EXPECT_EQ((*records)[0].recordTime.offsetFromUtc(), occurred.offsetFromUtc());
    EXPECT_EQ((*records)[2].recordTime, occurred);
    EXPECT_FALSE((*records)[1].recordTime.isValid());
    EXPECT_FALSE((*records)[3].recordTime.isValid());
}

TEST_F(SentLogStoreTest, KeepsToTheLimit) {
    for (int i = 0; i < 5; ++i)
        sent(SessionStore::kAnswerRecordType, QStringLiteral("session-%1").arg(i));
    auto records = SentLogStore(*m_db).recentlySent(m_account, 3);
    ASSERT_TRUE(records.ok());
    EXPECT_EQ(records->size(), 3u);
}

TEST_F(SentLogStoreTest, EachClinicAccountHasItsOwnLog) {
    const ClinicAccountId other = addAccount("jordan-lee");
    sent(SessionStore::kAnswerRecordType, "alex-session");
    sent(SessionStore::kAnswerRecordType, "jordan-session", false, other);
    EXPECT_EQ(SentLogStore(*m_db).recentlySent(m_account, 10)->size(), 1u);
    EXPECT_EQ(SentLogStore(*m_db).recentlySent(other, 10)->size(), 1u);
}

TEST_F(SentLogStoreTest, ACravingIsNamedByItsTimeWithTheOffsetItWasLivedIn) {
    CravingEntry e = entry(5);
    e.occurredAt = QDateTime(QDate(2026, 3, 7), QTime(21, 30), Qt::OffsetFromUTC, -6 * 3600);
    auto log = m_store->add(e);
    ASSERT_TRUE(log.ok());
    sent(CravingLogStore::kRecordType, log->id.toString(QUuid::WithoutBraces));

    auto records = SentLogStore(*m_db).recentlySent(m_account, 10);
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 1u);
    EXPECT_EQ((*records)[0].recordTime, e.occurredAt);
    EXPECT_EQ((*records)[0].recordTime.offsetFromUtc(), -6 * 3600);
    EXPECT_EQ((*records)[0].recordTime.time(), QTime(21, 30));
}
