#include "sync/SyncEngine.h"

#include "NetworkTestSupport.h"
#include "ScriptedHttpServer.h"
#include "StoreFixture.h"
#include "sync/SyncSteps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace stepstone;
using namespace stepstone::test;
using namespace std::chrono_literals;

namespace {

QByteArray appointmentPage(const QString& lastUpdated, const QString& next = {},
                           const QString& id = QStringLiteral("alex-rivera-session-1"),
                           const QString& patientStatus = "needs-action") {
    const QJsonObject appointment{
        {"resourceType", "Appointment"},
        {"id", id},
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
                         {"status", patientStatus}},
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

QByteArray careTeamSearch(const QString& id = "alex-rivera-care-team") {
    QJsonArray entries;
    if (!id.isEmpty())
        entries.append(QJsonObject{
            {"resource",
             QJsonObject{{"resourceType", "CareTeam"}, {"id", id}, {"status", "active"}}}});
    return QJsonDocument(
               QJsonObject{{"resourceType", "Bundle"}, {"type", "searchset"}, {"entry", entries}})
        .toJson(QJsonDocument::Compact);
}

QByteArray bundle(const char* type, const QJsonArray& entries, const QString& next = {}) {
    QJsonArray links;
    if (!next.isEmpty())
        links.append(QJsonObject{{"relation", "next"}, {"url", next}});
    return QJsonDocument(
               QJsonObject{
                   {"resourceType", "Bundle"}, {"type", type}, {"link", links}, {"entry", entries}})
        .toJson(QJsonDocument::Compact);
}

// Type-level history, newest first: each change is (id, "DELETE" | "PUT").
QByteArray historyPage(const QList<std::pair<QString, QString>>& changes,
                       const QString& next = {}) {
    QJsonArray entries;
    for (const auto& [id, method] : changes) {
        QJsonObject entry{
            {"request", QJsonObject{{"method", method}, {"url", "Appointment/" + id}}},
            {"response", QJsonObject{{"lastModified", "2026-11-23T12:00:00.000Z"}}}};
        if (method != "DELETE")
            entry["resource"] = QJsonObject{{"resourceType", "Appointment"}, {"id", id}};
        entries.append(entry);
    }
    return bundle("history", entries, next);
}

// The answer to the check that the sessions kept are still this client's.
QByteArray stillVisible(const QStringList& ids) {
    QJsonArray entries;
    for (const QString& id : ids)
        entries.append(
            QJsonObject{{"resource", QJsonObject{{"resourceType", "Appointment"}, {"id", id}}}});
    return bundle("searchset", entries);
}

const QString kSession1 = QStringLiteral("alex-rivera-session-1");
const QString kSession2 = QStringLiteral("alex-rivera-session-2");

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
        m_sessions = &m_profile->sessions();
        m_sharing = &m_profile->sharing();
        m_engine = std::make_unique<SyncEngine>(m_tokens, m_clock, RetryPolicy({10ms, 50ms}, 1));
        for (auto& step : makeSyncSteps({*m_profile, m_account, m_client}))
            m_engine->addStep(std::move(step));
    }

    // Everything the sync asks for but Patient read, MedicationRequest search and Task, so these
    // runs do not ask for the clinic's name, medicines or homework (ClinicNameLookupTest,
    // ClinicMedicationDownloadTest and the homework integration tests do).
    static QStringList grantedScopes() {
        QStringList scopes = requestedScopes(ScopeStyle::V2, syncAccess());
        scopes.removeAll(QStringLiteral("patient/Patient.r"));
        scopes.removeAll(QStringLiteral("patient/MedicationRequest.s"));
        scopes.removeAll(QStringLiteral("patient/Task.rus"));
        return scopes;
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

    // Turns sharing on; the next run looks up the care team and sends the Consent first.
    // What the clinic answers to one download: the search, the history, the visibility check.
    void respondDownload(const QString& lastUpdated) {
        m_server.respond(200, appointmentPage(lastUpdated));
        m_server.respond(200, historyPage({}));
        m_server.respond(200, stillVisible({kSession1}));
    }

    void shareCravings(bool on = true) {
        ASSERT_TRUE(m_sharing->setCravingSharing(m_account, on, m_clock.now()).ok());
        m_server.respond(200, careTeamSearch());
        m_server.respond(200, transactionResponse(1));
    }

    // Sharing on, with the Consent already at the clinic.
    void shareCravingsWithConsentSent() {
        ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, m_clock.now()).ok());
        ASSERT_TRUE(Outbox(*m_db).discard(m_account, {SharingStore::kRecordType, "cravings"}).ok());
    }

    // The first entry of the transaction Bundle the server received as request `index`.
    QJsonObject uploadedEntry(qsizetype index) const {
        return QJsonDocument::fromJson(m_server.requests()[index].body)
            .object()["entry"]
            .toArray()[0]
            .toObject();
    }

    QList<QByteArray> requestLines() const {
        QList<QByteArray> lines;
        for (const auto& request : m_server.requests())
            lines << request.method + ' ' + request.target;
        return lines;
    }

    ScriptedHttpServer m_server;
    CountingTokenSource m_tokens{m_server.baseUrl(), grantedScopes()};
    QNetworkAccessManager m_network;
    FhirClient m_client{m_network, m_tokens, {}};
    SessionStore* m_sessions = nullptr;
    SharingStore* m_sharing = nullptr;
    std::unique_ptr<SyncEngine> m_engine;
};

Session scheduledSession() {
    Session session;
    session.id = "alex-rivera-session-1";
    session.versionId = "v0";
    session.status = Session::Status::Booked;
    session.start = QDateTime(QDate(2026, 11, 24), QTime(17, 0), Qt::UTC);
    session.end = session.start.addSecs(90 * 60);
    return session;
}

} // namespace

TEST_F(SyncEngineTest, SharedCravingsGoUpAsOneTransactionAndSessionsComeDown) {
    ASSERT_TRUE(m_store->add(entry(6, QStringLiteral("after work"))).ok());
    ASSERT_TRUE(m_store->add(entry(3)).ok());
    shareCravings();
    m_server.respond(200, transactionResponse(2));
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z"));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1}));

    ASSERT_TRUE(runOnce());
    ASSERT_EQ(m_server.requests().size(), 6);
    const auto upload = QJsonDocument::fromJson(m_server.requests()[2].body).object();
    EXPECT_EQ(upload.value("type").toString(), "transaction");
    EXPECT_EQ(upload.value("entry").toArray().size(), 2);
    EXPECT_EQ(upload.value("entry").toArray()[0].toObject()["request"].toObject()["method"], "PUT");
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 0);

    auto sessions =
        m_sessions->upcoming(m_account, QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC), 10);
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 1u);
    EXPECT_EQ((*sessions)[0].place, "Group room B");
    EXPECT_EQ(m_engine->state(), SyncEngine::State::Idle);
    EXPECT_TRUE(m_engine->lastError().isEmpty());
}

TEST_F(SyncEngineTest, CravingsStayOnTheDeviceWhileSharingIsOff) {
    ASSERT_TRUE(m_store->add(entry(6)).ok());
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z"));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1}));
    ASSERT_TRUE(runOnce());
    for (const auto& request : m_server.requests())
        EXPECT_EQ(request.method, "GET");
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 1);
}

TEST_F(SyncEngineTest, FailedUploadKeepsTheOutboxAndSessionsStillArrive) {
    ASSERT_TRUE(m_store->add(entry(6)).ok());
    shareCravingsWithConsentSent();
    m_server.respond(503, "{}", {{"Retry-After", "0"}});
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z"));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1}));
    EXPECT_FALSE(runOnce());
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 1);
    EXPECT_EQ(m_sessions->upcoming(m_account, QDateTime(QDate(2026, 11, 23), QTime(), Qt::UTC), 10)
                  ->size(),
              1u);
    EXPECT_EQ(m_engine->state(), SyncEngine::State::WaitingToRetry);
    EXPECT_FALSE(m_engine->lastError().isEmpty());

    // The retry timer runs the sync again by itself.
    m_server.respond(200, transactionResponse(1));
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z"));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1}));
    EXPECT_TRUE(QTest::qWaitFor([&] { return *Outbox(*m_db).count(m_account) == 0; }, 5000));
}

TEST_F(SyncEngineTest, FollowsNextLinksAndDownloadsOnlyWhatChangedNextTime) {
    const QString next = m_server.baseUrl().toString() + "/Appointment?page=2";
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000+00:00", next));
    m_server.respond(200, appointmentPage("2026-11-23T11:00:00.000+00:00"));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1}));
    ASSERT_TRUE(runOnce());
    m_server.respond(200, appointmentPage("2026-11-23T11:00:00.000+00:00"));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1}));
    ASSERT_TRUE(runOnce());
    const auto lines = requestLines();
    ASSERT_EQ(lines.size(), 7);
    EXPECT_TRUE(lines[1].endsWith("/Appointment?page=2"));
    EXPECT_FALSE(lines[0].contains("_lastUpdated=gt"));
    EXPECT_TRUE(lines[4].contains("_lastUpdated=gt2026-11-23T11:00:00.000%2B00:00"))
        << lines[4].constData();
}

TEST_F(SyncEngineTest, MalformedSearchAnswerIsAClearErrorAndChangesNothing) {
    m_server.respond(200, R"({"resourceType":"OperationOutcome"})");
    EXPECT_FALSE(runOnce());
    EXPECT_FALSE(m_engine->lastError().isEmpty());
    EXPECT_TRUE(
        m_sessions->upcoming(m_account, QDateTime(QDate(2026, 11, 23), QTime(), Qt::UTC), 10)
            ->empty());
}

TEST_F(SyncEngineTest, TheConsentGoesFirstToTheCareTeamThenAnswersThenCravings) {
    ASSERT_TRUE(m_store->add(entry(6)).ok());
    ASSERT_TRUE(m_sessions->replace(m_account, scheduledSession()).ok());
    ASSERT_TRUE(
        m_sessions->answer(m_account, "alex-rivera-session-1", Session::Answer::NotAttending).ok());
    shareCravings();
    m_server.respond(200, transactionResponse(1));
    m_server.respond(200, transactionResponse(1));
    respondDownload("2026-11-23T10:00:00.000Z");

    ASSERT_TRUE(runOnce());
    const auto lines = requestLines();
    ASSERT_EQ(lines.size(), 7);
    EXPECT_TRUE(lines[0].startsWith("GET ") &&
                lines[0].endsWith("/CareTeam?patient=alex-rivera&status=active"))
        << lines[0].constData();
    const QString consentId =
        m_sharing->cravings(m_account)->consentId.toString(QUuid::WithoutBraces);
    const QJsonObject consent = uploadedEntry(1);
    EXPECT_EQ(consent["request"].toObject()["url"].toString(), "Consent/" + consentId);
    EXPECT_EQ(consent["resource"].toObject()["status"].toString(), "active");
    EXPECT_EQ(consent["resource"]
                  .toObject()["provision"]
                  .toObject()["actor"]
                  .toArray()[0]
                  .toObject()["reference"]
                  .toObject()["reference"]
                  .toString(),
              "CareTeam/alex-rivera-care-team");
    const QJsonObject response = uploadedEntry(2);
    EXPECT_TRUE(
        response["request"].toObject()["url"].toString().startsWith("AppointmentResponse/"));
    EXPECT_EQ(response["resource"].toObject()["participantStatus"].toString(), "declined");
    EXPECT_TRUE(
        uploadedEntry(3)["request"].toObject()["url"].toString().startsWith("Observation/"));

    EXPECT_EQ(*Outbox(*m_db).count(m_account), 0);
    EXPECT_EQ(m_profile->sentLog().recentlySent(m_account, 10)->size(), 3u);
    const Session answered = m_sessions->upcoming(m_account, m_clock.now(), 1)->front();
    EXPECT_EQ(answered.answer, Session::Answer::NotAttending); // the download kept it
    EXPECT_FALSE(answered.answerPending);
}

TEST_F(SyncEngineTest, WhileSharingIsOffOnlyTheChoiceGoesUp) {
    ASSERT_TRUE(m_store->add(entry(6)).ok());
    ASSERT_TRUE(m_store->add(entry(2)).ok());
    shareCravings(false);
    respondDownload("2026-11-23T10:00:00.000Z");

    ASSERT_TRUE(runOnce());
    ASSERT_EQ(m_server.requests().size(), 5);
    EXPECT_EQ(uploadedEntry(1)["resource"].toObject()["status"].toString(), "inactive");
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 2); // the logs wait on the device
}

TEST_F(SyncEngineTest, CravingsStopGoingUpWhenTheClientRevokes) {
    ASSERT_TRUE(m_store->add(entry(6)).ok());
    shareCravings();
    m_server.respond(200, transactionResponse(1));
    respondDownload("2026-11-23T10:00:00.000Z");
    ASSERT_TRUE(runOnce());

    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, false, m_clock.now()).ok());
    ASSERT_TRUE(m_store->add(entry(8)).ok());
    m_server.respond(200, careTeamSearch());
    m_server.respond(200, transactionResponse(1));
    respondDownload("2026-11-23T10:00:00.000Z");
    ASSERT_TRUE(runOnce());

    ASSERT_EQ(m_server.requests().size(), 11);
    EXPECT_EQ(uploadedEntry(7)["resource"].toObject()["status"].toString(), "inactive");
    EXPECT_EQ(uploadedEntry(7)["request"].toObject()["url"].toString(),
              uploadedEntry(1)["request"].toObject()["url"].toString());
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 1);
}

TEST_F(SyncEngineTest, WithoutACareTeamTheConsentWaitsAndNoCravingIsSent) {
    ASSERT_TRUE(m_store->add(entry(6)).ok());
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, m_clock.now()).ok());
    m_server.respond(200, careTeamSearch(QString()));
    respondDownload("2026-11-23T10:00:00.000Z");

    EXPECT_FALSE(runOnce());
    EXPECT_EQ(m_server.requests().size(), 4);
    const FhirError noCareTeam{FhirError::Kind::NoCareTeam, 0, std::nullopt, {}};
    EXPECT_EQ(m_engine->lastError(), noCareTeam.message());
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 2);
    EXPECT_EQ(m_sessions->upcoming(m_account, QDateTime(QDate(2026, 11, 23), QTime(), Qt::UTC), 10)
                  ->size(),
              1u);
}

TEST_F(SyncEngineTest, AChangedAnswerUpdatesTheSameResponse) {
    ASSERT_TRUE(m_sessions->replace(m_account, scheduledSession()).ok());
    ASSERT_TRUE(
        m_sessions->answer(m_account, "alex-rivera-session-1", Session::Answer::NotAttending).ok());
    m_server.respond(200, transactionResponse(1));
    respondDownload("2026-11-23T10:00:00.000Z");
    ASSERT_TRUE(runOnce());

    ASSERT_TRUE(
        m_sessions->answer(m_account, "alex-rivera-session-1", Session::Answer::Attending).ok());
    m_server.respond(200, transactionResponse(1));
    respondDownload("2026-11-23T10:00:00.000Z");
    ASSERT_TRUE(runOnce());

    ASSERT_EQ(m_server.requests().size(), 8);
    const QJsonObject first = uploadedEntry(0);
    const QJsonObject second = uploadedEntry(4);
    EXPECT_EQ(second["request"].toObject()["url"].toString(),
              first["request"].toObject()["url"].toString());
    EXPECT_EQ(second["request"].toObject()["ifMatch"].toString(), "W/\"v0\"");
    EXPECT_EQ(second["resource"].toObject()["participantStatus"].toString(), "accepted");
}

TEST_F(SyncEngineTest, AppointmentDeletedAtTheClinicDisappearsAndTheOthersRemain) {
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z", {}, kSession1));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1}));
    ASSERT_TRUE(runOnce());
    m_server.respond(200, appointmentPage("2026-11-23T11:00:00.000Z", {}, kSession2));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1, kSession2}));
    ASSERT_TRUE(runOnce());
    ASSERT_EQ(m_sessions->ids(m_account)->size(), 2);

    QSignalSpy changed(m_sessions, &SessionStore::changed);
    m_server.respond(200, bundle("searchset", {}));
    m_server.respond(200, historyPage({{kSession1, "DELETE"}, {kSession1, "PUT"}}));
    m_server.respond(200, stillVisible({kSession2}));
    ASSERT_TRUE(runOnce());

    EXPECT_EQ(*m_sessions->ids(m_account), QStringList{kSession2});
    EXPECT_EQ(changed.count(), 1);
    const auto lines = requestLines();
    const QByteArray history = lines[lines.size() - 2];
    EXPECT_TRUE(history.contains("/Appointment/_history?_since=")) << history.constData();
}

TEST_F(SyncEngineTest, HistoryPagesAreFollowedAndAnAppointmentMadeAgainStays) {
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z", {}, kSession1));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1}));
    ASSERT_TRUE(runOnce());

    const QString next = m_server.baseUrl().toString() + "/Appointment/_history?page=2";
    m_server.respond(200, bundle("searchset", {}));
    m_server.respond(200, historyPage({{kSession1, "PUT"}}, next));
    m_server.respond(200, historyPage({{kSession1, "DELETE"}}));
    m_server.respond(200, stillVisible({kSession1}));
    ASSERT_TRUE(runOnce());
    EXPECT_TRUE(requestLines()[5].endsWith("/Appointment/_history?page=2"));
    EXPECT_EQ(*m_sessions->ids(m_account), QStringList{kSession1});
}

TEST_F(SyncEngineTest, AppointmentNoLongerTheClientsIsDroppedByTheVisibilityCheck) {
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z", {}, kSession1));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1}));
    ASSERT_TRUE(runOnce());

    // Moved to another client: neither the search nor this client's history says so.
    m_server.respond(200, bundle("searchset", {}));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({}));
    ASSERT_TRUE(runOnce());
    EXPECT_TRUE(m_sessions->ids(m_account)->isEmpty());
    const QByteArray check = requestLines().back();
    EXPECT_TRUE(check.contains("_id=alex-rivera-session-1")) << check.constData();
    EXPECT_TRUE(check.contains("patient=alex-rivera")) << check.constData();
}

TEST_F(SyncEngineTest, MalformedHistoryIsAClearErrorAndKeepsTheSessions) {
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z", {}, kSession1));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1}));
    ASSERT_TRUE(runOnce());

    m_server.respond(200, bundle("searchset", {}));
    m_server.respond(200, R"({"resourceType":"Bundle","type":"searchset"})");
    EXPECT_FALSE(runOnce());
    EXPECT_FALSE(m_engine->lastError().isEmpty());
    EXPECT_EQ(*m_sessions->ids(m_account), QStringList{kSession1});
}

TEST_F(SyncEngineTest, SessionsLongOverAreForgottenWithoutAsking) {
    Session old;
    old.id = QStringLiteral("long-over");
    old.start = m_clock.now().addDays(-40);
    old.end = old.start.addSecs(3600);
    ASSERT_TRUE(m_sessions->replace(m_account, old).ok());
    m_server.respond(200, appointmentPage("2026-11-23T10:00:00.000Z", {}, kSession1));
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1}));
    ASSERT_TRUE(runOnce());
    EXPECT_EQ(*m_sessions->ids(m_account), QStringList{kSession1});
    EXPECT_FALSE(requestLines().back().contains("long-over"));
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
    shareCravingsWithConsentSent();
    m_server.respond(404, R"({"resourceType":"OperationOutcome"})"); // the transaction
    m_server.respond(404, R"({"resourceType":"OperationOutcome"})"); // GET the kept one
    m_server.respond(404, R"({"resourceType":"OperationOutcome"})"); // GET the deleted one
    m_server.respond(200, transactionResponse(1));
    respondDownload("2026-11-23T10:00:00.000Z");

    ASSERT_TRUE(runOnce()) << qPrintable(m_engine->lastError());
    const QString keptId = kept->id.toString(QUuid::WithoutBraces);
    const QString neverSentId = neverSent->id.toString(QUuid::WithoutBraces);
    const auto lines = requestLines();
    ASSERT_EQ(lines.size(), 7);
    EXPECT_TRUE(lines[1].endsWith(("/Observation/" + keptId).toUtf8()));
    EXPECT_TRUE(lines[2].endsWith(("/Observation/" + neverSentId).toUtf8()));
    const auto retried = QJsonDocument::fromJson(m_server.requests()[3].body).object();
    ASSERT_EQ(retried.value("entry").toArray().size(), 1);
    EXPECT_EQ(retried.value("entry").toArray()[0].toObject()["request"].toObject()["url"],
              "Observation/" + keptId);
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 0);
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
    m_server.respond(200, historyPage({}));
    m_server.respond(200, stillVisible({kSession1}));

    EXPECT_FALSE(runOnce());
    EXPECT_EQ(m_engine->lastError(), unreadable().message());
    EXPECT_EQ(m_engine->state(), SyncEngine::State::Idle);
    auto sessions =
        m_sessions->upcoming(m_account, QDateTime(QDate(2026, 11, 23), QTime(), Qt::UTC), 10);
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 1u);
    EXPECT_EQ((*sessions)[0].id, "alex-rivera-session-1");
}

TEST_F(SyncEngineTest, SearchBundleWhoseEntryIsNoListIsAClearError) {
    m_server.respond(200, R"({"resourceType":"Bundle","type":"searchset","entry":"x"})");
    EXPECT_FALSE(runOnce());
    EXPECT_EQ(m_engine->lastError(), unreadable().message());
}

// A log whose coping skill id has no FHIR form (a damaged or hand-edited skills file) cannot
// become an Observation. It is set aside with its reason; the other logs go, and later runs are
// not stopped by it.
TEST_F(SyncEngineTest, ALogThatCannotBeMappedIsSetAsideAndTheOthersStillGo) {
    CravingEntry unsendable = entry(7);
    unsendable.copingSkillId = QStringLiteral(" box breathing");
    auto bad = m_store->add(unsendable);
    ASSERT_TRUE(bad.ok());
    m_clock.advanceSeconds(1);
    auto good = m_store->add(entry(4));
    ASSERT_TRUE(good.ok());
    shareCravingsWithConsentSent();
    m_server.respond(200, transactionResponse(1));
    respondDownload("2026-11-23T10:00:00.000Z");

    ASSERT_TRUE(runOnce()) << qPrintable(m_engine->lastError());
    const auto upload = QJsonDocument::fromJson(m_server.requests()[0].body).object();
    ASSERT_EQ(upload.value("entry").toArray().size(), 1);
    EXPECT_EQ(uploadedEntry(0)["request"].toObject()["url"].toString(),
              "Observation/" + good->id.toString(QUuid::WithoutBraces));
    auto aside = Outbox(*m_db).setAsideEntries(m_account);
    ASSERT_TRUE(aside.ok());
    ASSERT_EQ(aside->size(), 1u);
    EXPECT_EQ(aside->front().entry.recordId, bad->id.toString(QUuid::WithoutBraces));
    EXPECT_EQ(aside->front().problem, Outbox::Problem::NotSendable);

    // The next run has nothing to upload and is not held up.
    respondDownload("2026-11-23T10:00:00.000Z");
    ASSERT_TRUE(runOnce()) << qPrintable(m_engine->lastError());
    EXPECT_EQ(m_server.requests().size(), 7);
    EXPECT_EQ(Outbox(*m_db).pending(m_account, CravingLogStore::kRecordType, 10)->size(), 0u);

    // Saved again with a skill that has a code, it goes.
    unsendable.copingSkillId = QStringLiteral("box-breathing");
    ASSERT_TRUE(m_store->update(bad->id, unsendable).ok());
    m_server.respond(200, transactionResponse(1));
    respondDownload("2026-11-23T10:00:00.000Z");
    ASSERT_TRUE(runOnce()) << qPrintable(m_engine->lastError());
    EXPECT_TRUE(Outbox(*m_db).setAsideEntries(m_account)->empty());
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 0);
}

// A transaction fails whole when the server refuses one entry: it is halved until the refused
// log stands alone, which is set aside; every other log reaches the clinic.
TEST_F(SyncEngineTest, ALogTheClinicRefusesIsFoundSetAsideAndTheOthersGo) {
    std::vector<QString> ids;
    for (int intensity : {3, 9, 5}) {
        auto added = m_store->add(entry(intensity));
        ASSERT_TRUE(added.ok());
        ids.push_back(added->id.toString(QUuid::WithoutBraces));
        m_clock.advanceSeconds(1);
    }
    shareCravingsWithConsentSent();
    const QByteArray refused = R"({"resourceType":"OperationOutcome","issue":[{"severity":"error",
        "code":"invalid","expression":["Bundle.entry[1].resource"]}]})";
    m_server.respond(400, refused);                // all three
    m_server.respond(200, transactionResponse(1)); // the first alone
    m_server.respond(400, refused);                // the second alone
    m_server.respond(200, transactionResponse(1)); // the third
    respondDownload("2026-11-23T10:00:00.000Z");

    ASSERT_TRUE(runOnce()) << qPrintable(m_engine->lastError());
    ASSERT_EQ(m_server.requests().size(), 7);
    EXPECT_EQ(uploadedEntry(1)["request"].toObject()["url"].toString(), "Observation/" + ids[0]);
    EXPECT_EQ(uploadedEntry(2)["request"].toObject()["url"].toString(), "Observation/" + ids[1]);
    EXPECT_EQ(uploadedEntry(3)["request"].toObject()["url"].toString(), "Observation/" + ids[2]);
    auto aside = Outbox(*m_db).setAsideEntries(m_account);
    ASSERT_EQ(aside->size(), 1u);
    EXPECT_EQ(aside->front().entry.recordId, ids[1]);
    EXPECT_EQ(aside->front().problem, Outbox::Problem::Refused);
    EXPECT_EQ(m_profile->sentLog().recentlySent(m_account, 10)->size(), 2u);
}

// A grant without write access to Observations: nothing is sent that the clinic did not allow,
// the logs wait on the device, and the client is told in words.
TEST_F(SyncEngineTest, WhatTheClinicDidNotGrantIsNotSentAndTheClientIsTold) {
    QStringList granted = grantedScopes();
    granted.removeAll(QStringLiteral("patient/Observation.crud"));
    granted.append(QStringLiteral("patient/Observation.rs"));
    m_tokens.setGrantedScopes(granted);
    ASSERT_TRUE(m_store->add(entry(6)).ok());
    shareCravingsWithConsentSent();
    respondDownload("2026-11-23T10:00:00.000Z");

    EXPECT_FALSE(runOnce());
    for (const auto& request : m_server.requests())
        EXPECT_EQ(request.method, "GET") << request.target.constData();
    const FhirError notPermitted{FhirError::Kind::NotPermitted, 0, std::nullopt, {}};
    EXPECT_EQ(m_engine->lastError(), notPermitted.message());
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 1);
    EXPECT_EQ(m_sessions->upcoming(m_account, QDateTime(QDate(2026, 11, 23), QTime(), Qt::UTC), 10)
                  ->size(),
              1u);
}

// Signed in at another clinic, the device starts from nothing shared there: its first run sends
// nothing, and once the client chooses to share, the Consent names that clinic's own care team.
// What was queued for the first clinic stays queued for it.
TEST_F(SyncEngineTest, AnotherClinicGetsNothingUntilTheClientSharesAndThenItsOwnConsent) {
    ASSERT_TRUE(m_store->add(entry(6)).ok());
    shareCravings(); // at the first clinic; its run never happens here

    ScriptedHttpServer otherServer;
    CountingTokenSource otherTokens{otherServer.baseUrl(), grantedScopes()};
    FhirClient otherClient{m_network, otherTokens, {}};
    const ClinicAccountId other = addAccount("alex-rivera", otherServer.baseUrl());
    SyncEngine otherEngine(otherTokens, m_clock, RetryPolicy({10ms, 50ms}, 1));
    for (auto& step : makeSyncSteps({*m_profile, other, otherClient}))
        otherEngine.addStep(std::move(step));
    const auto runOther = [&] {
        std::optional<bool> completed;
        auto connection =
            QObject::connect(&otherEngine, &SyncEngine::finished, [&](bool ok) { completed = ok; });
        otherEngine.syncNow();
        EXPECT_TRUE(QTest::qWaitFor([&] { return completed.has_value(); }, 5000));
        QObject::disconnect(connection);
        return completed.value_or(false);
    };

    otherServer.respond(200, bundle("searchset", {}));
    ASSERT_TRUE(runOther());
    ASSERT_EQ(otherServer.requests().size(), 1);
    EXPECT_EQ(otherServer.requests()[0].method, "GET");

    ASSERT_TRUE(m_sharing->setCravingSharing(other, true, m_clock.now()).ok());
    otherServer.respond(200, careTeamSearch("other-clinic-team"));
    otherServer.respond(200, transactionResponse(1));
    otherServer.respond(200, transactionResponse(1));
    otherServer.respond(200, bundle("searchset", {}));
    ASSERT_TRUE(runOther());
    const QJsonObject consent = QJsonDocument::fromJson(otherServer.requests()[2].body)
                                    .object()["entry"]
                                    .toArray()[0]
                                    .toObject()["resource"]
                                    .toObject();
    EXPECT_EQ(consent["provision"]
                  .toObject()["actor"]
                  .toArray()[0]
                  .toObject()["reference"]
                  .toObject()["reference"]
                  .toString(),
              "CareTeam/other-clinic-team");
    EXPECT_NE(m_sharing->cravings(other)->consentId, m_sharing->cravings(m_account)->consentId);
    EXPECT_EQ(*Outbox(*m_db).count(other), 0);
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 2) << "the first clinic's Consent and log wait";
    EXPECT_TRUE(m_server.requests().isEmpty());
}

// The journal is private by default: no sync step uploads it, whatever else the client shares.
// Its changes wait in the outbox (every record is queued) until a later version lets the client
// share one entry.
TEST_F(SyncEngineTest, TheJournalNeverLeavesTheDeviceWhileCravingsAreShared) {
    const QString marker = QStringLiteral("journal-marker-4c1d");
    JournalContent text;
    text.writtenAt = m_clock.now();
    text.title = marker;
    text.body = QStringLiteral("what I wrote tonight ") + marker;
    text.tags = {marker};
    auto written = m_profile->journal().add(text);
    ASSERT_TRUE(written.ok());
    ASSERT_TRUE(m_store->add(entry(6, QStringLiteral("after work"))).ok());
    shareCravings();
    m_server.respond(200, transactionResponse(1));
    respondDownload("2026-11-23T10:00:00.000Z");

    ASSERT_TRUE(runOnce());
    ASSERT_EQ(m_server.requests().size(), 6) << "the consent, the craving, and the download";
    for (const auto& request : m_server.requests()) {
        EXPECT_FALSE(request.body.contains(marker.toUtf8())) << request.target.constData();
        EXPECT_FALSE(request.body.contains("Communication")) << request.target.constData();
        EXPECT_FALSE(request.target.contains(marker.toUtf8()));
    }
    const Outbox::Entry journal{QString::fromLatin1(JournalStore::kRecordType),
                                written->id.toString(QUuid::WithoutBraces)};
    EXPECT_TRUE(*Outbox(*m_db).isQueued(m_account, journal)) << "left alone, not marked sent";
    EXPECT_TRUE(Outbox(*m_db).setAsideEntries(m_account)->empty()) << "nor set aside";
}
