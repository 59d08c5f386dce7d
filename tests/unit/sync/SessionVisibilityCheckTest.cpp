#include "sync/SessionVisibilityCheck.h"

#include "StoreFixture.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace stepstone;

namespace {

QJsonObject searchset(const QStringList& ids, bool paged = false) {
    QJsonArray entries;
    for (const QString& id : ids)
        entries.append(
            QJsonObject{{"resource", QJsonObject{{"resourceType", "Appointment"}, {"id", id}}}});
    QJsonArray links;
    if (paged)
        links.append(QJsonObject{{"relation", "next"}, {"url", "http://127.0.0.1/x?p=2"}});
    return {{"resourceType", "Bundle"}, {"type", "searchset"}, {"entry", entries}, {"link", links}};
}

class SessionVisibilityCheckTest : public test::StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        m_sessions = std::make_unique<SessionStore>(*m_db, m_clock);
        m_check = std::make_unique<SessionVisibilityCheck>(*m_db, *m_sessions, m_account);
    }

    void cache(int count) {
        for (int i = 0; i < count; ++i) {
            Session s;
            s.id = QStringLiteral("s-%1").arg(i, 3, 10, QLatin1Char('0'));
            s.start = m_clock.now().addDays(1);
            s.end = s.start.addSecs(3600);
            ASSERT_TRUE(m_sessions->replace(m_account, s).ok());
        }
    }

    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<SessionVisibilityCheck> m_check;
};

} // namespace

TEST_F(SessionVisibilityCheckTest, AsksForEveryCachedIdInChunksForThisClientOnly) {
    cache(120);
    auto queries = m_check->queries(QStringLiteral("alex-rivera"));
    ASSERT_TRUE(queries.ok());
    ASSERT_EQ(queries->size(), 3u);
    QStringList asked;
    for (const auto& query : *queries) {
        EXPECT_LE(query.ids.size(), SessionVisibilityCheck::kIdsPerQuery);
        const QUrlQuery params(query.target.section(u'?', 1));
        EXPECT_TRUE(query.target.startsWith("Appointment?"));
        EXPECT_EQ(params.queryItemValue("patient"), "alex-rivera");
        EXPECT_EQ(params.queryItemValue("_id").split(u','), query.ids);
        asked << query.ids;
    }
    asked.sort();
    QStringList all = *m_sessions->ids(m_account);
    all.sort();
    EXPECT_EQ(asked, all);
}

TEST_F(SessionVisibilityCheckTest, NoSessionsNoQuestions) {
    auto queries = m_check->queries(QStringLiteral("alex-rivera"));
    ASSERT_TRUE(queries.ok());
    EXPECT_TRUE(queries->empty());
}

TEST_F(SessionVisibilityCheckTest, SessionsTheServerNoLongerShowsAreRemoved) {
    cache(3);
    auto queries = m_check->queries(QStringLiteral("alex-rivera"));
    ASSERT_TRUE(queries.ok() && queries->size() == 1u);
    auto removed = m_check->apply(queries->front(), searchset({"s-000", "s-002"}));
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(*removed, 1);
    QStringList left = *m_sessions->ids(m_account);
    left.sort();
    EXPECT_EQ(left, (QStringList{"s-000", "s-002"}));
}

TEST_F(SessionVisibilityCheckTest, APagedAnswerProvesNothingAndRemovesNothing) {
    cache(3);
    auto queries = m_check->queries(QStringLiteral("alex-rivera"));
    ASSERT_TRUE(queries.ok() && queries->size() == 1u);
    auto removed = m_check->apply(queries->front(), searchset({"s-000"}, true));
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(*removed, 0);
    EXPECT_EQ(m_sessions->ids(m_account)->size(), 3);
}
