#include "sync/SyncEngine.h"

#include "NetworkTestSupport.h"
#include "ScriptedHttpServer.h"
#include "StoreFixture.h"
#include "store/SessionStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace stepstone;
using namespace stepstone::test;
using namespace std::chrono_literals;

namespace {

QByteArray appointmentPage(const QString& lastUpdated, const QString& next = {}) {
    const QJsonObject appointment{
        {"resourceType", "Appointment"},
        {"id", "alex-rivera-session-1"},
        {"meta", QJsonObject{{"versionId", "v1"}, {"lastUpdated", lastUpdated}}},
        {"status", "booked"},
        {"description", "Group: coping with cravings"},
        {"serviceType",
         QJsonArray{QJsonObject{
             {"coding", QJsonArray{QJsonObject{
                            {"system", "https://stepstone.example/fhir/CodeSystem/session-kind"},
                            {"code", "group"}}}}}}},
        {"start", "2026-11-24T17:00:00.000Z"},
        {"end", "2026-11-24T18:30:00.000Z"},
        {"participant",
         QJsonArray{
             QJsonObject{{"actor", QJsonObject{{"reference", "Patient/alex-rivera"}}},
                         {"status", "needs-action"}},
             QJsonObject{{"actor", QJsonObject{{"reference", "Location/riverside-group-room"}}},
                         {"status", "accepted"}}}}};
    const QJsonObject location{
        {"resourceType", "Location"}, {"id", "riverside-group-room"}, {"name", "Group room B"}};
    QJsonArray links;
    if (!next.isEmpty())
        links.append(QJsonObject{{"relation", "next"}, {"url", next}});
    const QJsonObject bundle{
        {"resourceType", "Bundle"},
        {"type", "searchset"},
        {"link", links},
        {"entry",
         QJsonArray{
             QJsonObject{{"resource", appointment}, {"search", QJsonObject{{"mode", "match"}}}},
             QJsonObject{{"resource", location}, {"search", QJsonObject{{"mode", "include"}}}}}}};
    return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
}

QByteArray transactionResponse(int entries) {
    QJsonArray answers;
    for (int i = 0; i < entries; ++i)
        answers.append(
            QJsonObject{{"response", QJsonObject{{"status", "200 OK"},
                                                 {"etag", QStringLiteral("W/\"v%1\"").arg(i)}}}});
    return QJsonDocument(QJsonObject{{"resourceType", "Bundle"},
                                     {"type", "transaction-response"},
                                     {"entry", answers}})
        .toJson(QJsonDocument::Compact);
}

FhirError unreadable() {
    return {FhirError::Kind::Malformed, 0, std::nullopt, {}};
}

class SyncEngineTest : public StoreFixture {
protected:
    static void SetUpTestSuite() { ensureCoreApplication(); }

    void SetUp() override {
        StoreFixture::SetUp();
        m_sessions = std::make_unique<SessionStore>(*m_db);
        m_engine = std::make_unique<SyncEngine>(
            SyncEngine::Parts{*m_db, *m_store, *m_sessions, m_client, m_tokens, m_clock},
            RetryPolicy({10ms, 50ms}, 1));
    }

    bool runOnce() {
        std::optional<bool> completed;
        auto connection = QObject::connect(m_engine.get(), &SyncEngine::finished,
                                           [&](bool ok) { completed = ok; });
        m_engine->syncNow();
        EXPECT_TRUE(QTest::qWaitFor([&] { return completed.has_value(); }, 5000));
        QObject::disconnect(connection);
        return completed.value_or(false);
    }

    QList<QByteArray> requestLines() const {
        QList<QByteArray> lines;
        for (const auto& request : m_server.requests())
            lines << request.method + ' ' + request.target;
        return lines;
    }

    ScriptedHttpServer m_server;
    CountingTokenSource m_tokens{m_server.baseUrl()};
    QNetworkAccessManager m_network;
    FhirClient m_client{m_network, m_tokens, {}};
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace

TEST_F(SyncEngineTest, SharedCravingsGoUpAsOneTransactionAndSessionsComeDown) {
    ASSERT_TRUE(m_store->add(entry(6, QStringLiteral("after work"))).ok());
    ASSERT_TRUE(m_store->add(entry(3)).ok());
    m_engine->setCravingSharing(true);
    m_server.respond(200, transactionResponse(2));
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z"));

    ASSERT_TRUE(runOnce());
    ASSERT_EQ(m_server.requests().size(), 2);
    const auto upload = QJsonDocument::fromJson(m_server.requests()[0].body).object();
    EXPECT_EQ(upload.value("type").toString(), "transaction");
    EXPECT_EQ(upload.value("entry").toArray().size(), 2);
    EXPECT_EQ(upload.value("entry").toArray()[0].toObject()["request"].toObject()["method"], "PUT");
    EXPECT_EQ(*SyncOutbox(*m_db).count(), 0);

    auto sessions = m_sessions->upcoming(QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC), 10);
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 1u);
    EXPECT_EQ((*sessions)[0].place, "Group room B");
    EXPECT_EQ(m_engine->state(), SyncEngine::State::Idle);
    EXPECT_TRUE(m_engine->lastError().isEmpty());
}

TEST_F(SyncEngineTest, CravingsStayOnTheDeviceWhileSharingIsOff) {
    ASSERT_TRUE(m_store->add(entry(6)).ok());
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z"));
    ASSERT_TRUE(runOnce());
    ASSERT_EQ(m_server.requests().size(), 1);
    EXPECT_EQ(m_server.requests()[0].method, "GET");
    EXPECT_EQ(*SyncOutbox(*m_db).count(), 1);
}

TEST_F(SyncEngineTest, FailedUploadKeepsTheOutboxAndSessionsStillArrive) {
    ASSERT_TRUE(m_store->add(entry(6)).ok());
    m_engine->setCravingSharing(true);
    m_server.respond(503, "{}", {{"Retry-After", "0"}});
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z"));
    EXPECT_FALSE(runOnce());
    EXPECT_EQ(*SyncOutbox(*m_db).count(), 1);
    EXPECT_EQ(m_sessions->upcoming(QDateTime(QDate(2026, 11, 23), QTime(), Qt::UTC), 10)->size(),
              1u);
    EXPECT_EQ(m_engine->state(), SyncEngine::State::WaitingToRetry);
    EXPECT_FALSE(m_engine->lastError().isEmpty());

    // The retry timer runs the sync again by itself.
    m_server.respond(200, transactionResponse(1));
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return *SyncOutbox(*m_db).count() == 0; }, 5000));
}

TEST_F(SyncEngineTest, FollowsNextLinksAndDownloadsOnlyWhatChangedNextTime) {
    const QString next = m_server.baseUrl().toString() + "/Appointment?page=2";
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000+00:00", next));
    m_server.respond(200, appointmentPage("2026-11-23T11:00:00.000+00:00"));
    ASSERT_TRUE(runOnce());
    m_server.respond(200, appointmentPage("2026-11-23T11:00:00.000+00:00"));
    ASSERT_TRUE(runOnce());
    const auto lines = requestLines();
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[1].endsWith("/Appointment?page=2"));
    EXPECT_FALSE(lines[0].contains("_lastUpdated=gt"));
    EXPECT_TRUE(lines[2].contains("_lastUpdated=gt2026-11-23T11:00:00.000%2B00:00"))
        << lines[2].constData();
}

TEST_F(SyncEngineTest, MalformedSearchAnswerIsAClearErrorAndChangesNothing) {
    m_server.respond(200, R"({"resourceType":"OperationOutcome"})");
    EXPECT_FALSE(runOnce());
    EXPECT_FALSE(m_engine->lastError().isEmpty());
    EXPECT_TRUE(
        m_sessions->upcoming(QDateTime(QDate(2026, 11, 23), QTime(), Qt::UTC), 10)->empty());
}

// A log deleted before the clinic ever received it is still sent as a DELETE (its first upload
// may have reached the clinic with the answer lost); a server that answers that DELETE with 404
// fails the whole transaction. The delete is then done, and must not block the other logs.
TEST_F(SyncEngineTest, DeletingALogTheClinicNeverReceivedDoesNotBlockTheOthers) {
    auto kept = m_store->add(entry(6));
    ASSERT_TRUE(kept.ok());
    m_clock.advanceSeconds(1);
    auto neverSent = m_store->add(entry(2));
    ASSERT_TRUE(neverSent.ok());
    m_clock.advanceSeconds(1);
    ASSERT_TRUE(m_store->remove(neverSent->id).ok());
    m_engine->setCravingSharing(true);
    m_server.respond(404, R"({"resourceType":"OperationOutcome"})"); // the transaction
    m_server.respond(404, R"({"resourceType":"OperationOutcome"})"); // GET the kept one
    m_server.respond(404, R"({"resourceType":"OperationOutcome"})"); // GET the deleted one
    m_server.respond(200, transactionResponse(1));
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z"));

    ASSERT_TRUE(runOnce()) << qPrintable(m_engine->lastError());
    const QString keptId = kept->id.toString(QUuid::WithoutBraces);
    const QString neverSentId = neverSent->id.toString(QUuid::WithoutBraces);
    const auto lines = requestLines();
    ASSERT_EQ(lines.size(), 5);
    EXPECT_TRUE(lines[1].endsWith(("/Observation/" + keptId).toUtf8()));
    EXPECT_TRUE(lines[2].endsWith(("/Observation/" + neverSentId).toUtf8()));
    const auto retried = QJsonDocument::fromJson(m_server.requests()[3].body).object();
    ASSERT_EQ(retried.value("entry").toArray().size(), 1);
    EXPECT_EQ(retried.value("entry").toArray()[0].toObject()["request"].toObject()["url"],
              "Observation/" + keptId);
    EXPECT_EQ(*SyncOutbox(*m_db).count(), 0);
}

TEST_F(SyncEngineTest, UnreadableSearchEntriesAreAClearErrorAndTheReadableOnesArrive) {
    QJsonObject page =
        QJsonDocument::fromJson(appointmentPage("2026-11-23T10:00:00.000Z")).object();
    QJsonArray entries = page["entry"].toArray();
    entries.append(QStringLiteral("not an entry"));
    QJsonObject wrongTyped = entries[0].toObject();
    QJsonObject appointment = wrongTyped["resource"].toObject();
    appointment["id"] = "alex-rivera-session-2";
    appointment["start"] = 1767225600;
    wrongTyped["resource"] = appointment;
    entries.append(wrongTyped);
    page["entry"] = entries;
    m_server.respond(200, QJsonDocument(page).toJson(QJsonDocument::Compact));

    EXPECT_FALSE(runOnce());
    EXPECT_EQ(m_engine->lastError(), unreadable().message());
    EXPECT_EQ(m_engine->state(), SyncEngine::State::Idle);
    auto sessions = m_sessions->upcoming(QDateTime(QDate(2026, 11, 23), QTime(), Qt::UTC), 10);
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 1u);
    EXPECT_EQ((*sessions)[0].id, "alex-rivera-session-1");
}

TEST_F(SyncEngineTest, SearchBundleWhoseEntryIsNoListIsAClearError) {
    m_server.respond(200, R"({"resourceType":"Bundle","type":"searchset","entry":"x"})");
    EXPECT_FALSE(runOnce());
    EXPECT_EQ(m_engine->lastError(), unreadable().message());
}
