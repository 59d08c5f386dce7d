#include "StoreFixture.h"
#include "store/SessionStore.h"
#include "store/SyncBookkeeping.h"

#include <QSignalSpy>

using namespace stepstone;

namespace {

Session session(const QString& id, const QDateTime& start) {
    Session s;
    s.id = id;
    s.versionId = QStringLiteral("v-") + id;
    s.kind = Session::Kind::Family;
    s.status = Session::Status::Booked;
    s.title = QStringLiteral("Family session");
    s.start = start;
    s.end = start.addSecs(3600);
    s.comment = QStringLiteral("Bring the worksheet");
    s.answer = Session::Answer::Attending;
    return s;
}

class SessionCacheTest : public test::StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        m_sessions = std::make_unique<SessionStore>(*m_db, m_clock);
    }

    QStringList sortedIds() const {
        auto ids = m_sessions->ids(m_account);
        EXPECT_TRUE(ids.ok());
        QStringList sorted = ids.ok() ? *ids : QStringList();
        sorted.sort();
        return sorted;
    }

    std::unique_ptr<SessionStore> m_sessions;
};

} // namespace

TEST_F(SessionCacheTest, EveryFieldComesBackIncludingAWithheldVideoLink) {
    Session withheld = session(QStringLiteral("video-1"), m_clock.now().addDays(1));
    withheld.videoLinkWithheld = true;
    Session linked = session(QStringLiteral("video-2"), m_clock.now().addDays(2));
    linked.videoLink = QUrl(QStringLiteral("https://video.example.org/room/7"));
    ASSERT_TRUE(m_sessions->replace(m_account, withheld).ok());
    ASSERT_TRUE(m_sessions->replace(m_account, linked).ok());

    auto upcoming = m_sessions->upcoming(m_account, m_clock.now(), 10);
    ASSERT_TRUE(upcoming.ok());
    ASSERT_EQ(upcoming->size(), 2u);
    const Session& first = (*upcoming)[0];
    EXPECT_EQ(first.id, withheld.id);
    EXPECT_EQ(first.versionId, withheld.versionId);
    EXPECT_EQ(first.kind, Session::Kind::Family);
    EXPECT_EQ(first.status, Session::Status::Booked);
    EXPECT_EQ(first.start, withheld.start);
    EXPECT_EQ(first.end, withheld.end);
    EXPECT_EQ(first.comment, withheld.comment);
    EXPECT_EQ(first.answer, Session::Answer::Attending);
    EXPECT_FALSE(first.videoLink.has_value());
    EXPECT_TRUE(first.videoLinkWithheld);
    EXPECT_EQ((*upcoming)[1].videoLink, linked.videoLink);
    EXPECT_FALSE((*upcoming)[1].videoLinkWithheld);

    // The clinic fixed the link: the next version replaces the mark.
    withheld.videoLinkWithheld = false;
    withheld.videoLink = QUrl(QStringLiteral("https://video.example.org/room/8"));
    ASSERT_TRUE(m_sessions->replace(m_account, withheld).ok());
    EXPECT_FALSE(m_sessions->upcoming(m_account, m_clock.now(), 1)->at(0).videoLinkWithheld);
}

TEST_F(SessionCacheTest, RemoveSaysWhetherThereWasSuchASession) {
    ASSERT_TRUE(m_sessions->replace(m_account, session(QStringLiteral("a"), m_clock.now())).ok());
    auto removed = m_sessions->remove(m_account, QStringLiteral("a"));
    ASSERT_TRUE(removed.ok());
    EXPECT_TRUE(*removed);
    auto again = m_sessions->remove(m_account, QStringLiteral("a"));
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(*again);
    EXPECT_TRUE(sortedIds().isEmpty());
}

TEST_F(SessionCacheTest, SessionsThatEndedBeforeTheCutoffAreForgottenOthersStay) {
    const QDateTime now = m_clock.now();
    ASSERT_TRUE(
        m_sessions->replace(m_account, session(QStringLiteral("long-ago"), now.addDays(-40))).ok());
    ASSERT_TRUE(
        m_sessions->replace(m_account, session(QStringLiteral("last-week"), now.addDays(-7))).ok());
    ASSERT_TRUE(
        m_sessions->replace(m_account, session(QStringLiteral("tomorrow"), now.addDays(1))).ok());

    auto pruned = m_sessions->removeEndedBefore(m_account, now.addDays(-30));
    ASSERT_TRUE(pruned.ok());
    EXPECT_EQ(*pruned, 1);
    EXPECT_EQ(sortedIds(), (QStringList{QStringLiteral("last-week"), QStringLiteral("tomorrow")}));
}

TEST_F(SessionCacheTest, SessionsCachedBeforeTheWithheldMarkExistedAreDownloadedAgain) {
    const QString path = m_dir.filePath(QStringLiteral("old.db"));
    const auto all = schemaMigrations();
    {
        auto old = Database::open(path, m_key, Database::Mode::CreateIfMissing, all.first(2));
        ASSERT_TRUE(old.ok());
        ASSERT_TRUE((*old)
                        ->exec("INSERT INTO sync_watermark VALUES "
                               "('Appointment', '2026-11-01T10:00:00.000Z'), "
                               "('Observation', '2026-11-01T11:00:00.000Z')")
                        .ok());
    }
    auto upgraded = Database::open(path, m_key, Database::Mode::OpenExisting, all);
    ASSERT_TRUE(upgraded.ok());
    // Sync state from before clinic accounts waits on account 0 (ClinicAccountsTest).
    SyncBookkeeping books(**upgraded, ClinicAccountId{0});
    EXPECT_EQ(*books.watermark("Appointment"), QString());
    EXPECT_EQ(*books.watermark("Observation"), "2026-11-01T11:00:00.000Z");
}
