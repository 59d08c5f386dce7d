#include "ClinicSignIn.h"
#include "ClinicTest.h"
#include "auth/SmartSession.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"
#include "store/Schema.h"
#include "store/SessionStore.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// What the therapist does at the clinic's side: a blocking PUT with the therapist's token.
int therapistPut(const QUrl& base, const QString& path, const QString& token,
                 const QJsonObject& resource) {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base.toString() + '/' + path));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/fhir+json");
    QNetworkReply* reply =
        network.put(request, QJsonDocument(resource).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

class SyncRoundTrip : public ClinicTest {
protected:
    void SetUp() override {
        ClinicTest::SetUp();
        if (HasFatalFailure())
            return;
        auto db = Database::open(m_dir.filePath("sync.db"), DatabaseKey::generate(),
                                 Database::Mode::CreateIfMissing, schemaMigrations());
        ASSERT_TRUE(db.ok());
        m_db = std::move(*db);
        m_cravings = std::make_unique<CravingLogStore>(*m_db, m_clock);
        m_sessions = std::make_unique<SessionStore>(*m_db);
        auto signIn = signInToClinic(m_clinic.fhirBase, QStringLiteral("alex"));
        ASSERT_TRUE(signIn.grant.ok()) << qPrintable(signIn.grant.error().detail);
        m_session = std::make_unique<SmartSession>(m_network, m_secrets, m_clock,
                                                   QStringLiteral("clinic-grant"));
        ASSERT_TRUE(m_session->adopt(*signIn.grant).ok());
        m_client = std::make_unique<FhirClient>(m_network, *m_session, FhirClient::Limits{});
        m_engine = std::make_unique<SyncEngine>(
            SyncEngine::Parts{*m_db, *m_cravings, *m_sessions, *m_client, *m_session, m_clock},
            RetryPolicy({std::chrono::milliseconds(50), std::chrono::milliseconds(500)}));
    }

    bool sync() {
        std::optional<bool> completed;
        auto connection = QObject::connect(m_engine.get(), &SyncEngine::finished,
                                           [&](bool ok) { completed = ok; });
        m_engine->syncNow();
        EXPECT_TRUE(QTest::qWaitFor([&] { return completed.has_value(); }, 120000));
        QObject::disconnect(connection);
        if (completed && !*completed)
            ADD_FAILURE() << "sync failed: " << qPrintable(m_engine->lastError());
        return completed.value_or(false);
    }

    CravingLog log(int intensity, const QString& note = {}) {
        CravingEntry entry;
        entry.occurredAt = m_clock.now();
        entry.intensity = intensity;
        entry.note = note;
        entry.triggers = CravingTrigger::Lonely | CravingTrigger::Places;
        auto added = m_cravings->add(entry);
        EXPECT_TRUE(added.ok());
        return added.ok() ? *added : CravingLog{};
    }

    // The ids of this client's craving Observations on the server, as the therapist sees them.
    std::multiset<QString> cravingIdsOnServer() {
        std::multiset<QString> ids;
        QString next = QStringLiteral("Observation?subject=Patient/alex-rivera&_count=1000");
        while (!next.isEmpty()) {
            const FhirAnswer page = fhirGet(m_clinic.fhirBase, next, m_clinic.therapistToken);
            EXPECT_EQ(page.status, 200);
            next.clear();
            for (const auto& entry : page.resource.value("entry").toArray())
                ids.insert(entry.toObject()["resource"].toObject()["id"].toString());
            for (const auto& link : page.resource.value("link").toArray())
                if (link.toObject()["relation"].toString() == "next")
                    next = link.toObject()["url"].toString().mid(
                        m_clinic.fhirBase.toString().size() + 1);
        }
        return ids;
    }

    static QString idOf(const CravingLog& log) { return log.id.toString(QUuid::WithoutBraces); }

    QTemporaryDir m_dir;
    platform::FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    platform::InMemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CravingLogStore> m_cravings;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<SmartSession> m_session;
    std::unique_ptr<FhirClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace

TEST_F(SyncRoundTrip, OfflineCravingsReachTheServerOnceAndEditsAndDeletesFollow) {
    const CravingLog kept = log(7, QStringLiteral("After the family meeting — tensión"));
    const CravingLog edited = log(4);
    const CravingLog deleted = log(2);
    m_engine->setCravingSharing(true);
    ASSERT_TRUE(sync());
    ASSERT_TRUE(sync()); // a second run must not send anything twice

    auto onServer = cravingIdsOnServer();
    for (const CravingLog& each : {kept, edited, deleted})
        EXPECT_EQ(onServer.count(idOf(each)), 1u) << qPrintable(idOf(each));
    const FhirAnswer stored =
        fhirGet(m_clinic.fhirBase, "Observation/" + idOf(kept), m_clinic.therapistToken);
    ASSERT_EQ(stored.status, 200);
    EXPECT_EQ(stored.resource["valueInteger"].toInt(), 7);
    EXPECT_EQ(stored.resource["note"].toArray()[0].toObject()["text"].toString(), kept.entry.note);

    m_clock.advanceSeconds(60);
    CravingEntry change = edited.entry;
    change.intensity = 9;
    ASSERT_TRUE(m_cravings->update(edited.id, change).ok());
    ASSERT_TRUE(m_cravings->remove(deleted.id).ok());
    ASSERT_TRUE(sync());

    EXPECT_EQ(fhirGet(m_clinic.fhirBase, "Observation/" + idOf(edited), m_clinic.therapistToken)
                  .resource["valueInteger"]
                  .toInt(),
              9);
    EXPECT_EQ(
        fhirGet(m_clinic.fhirBase, "Observation/" + idOf(deleted), m_clinic.therapistToken).status,
        410);
    EXPECT_EQ(*SyncOutbox(*m_db).count(), 0);
}

TEST_F(SyncRoundTrip, CravingsAreNotSentWhileSharingIsOff) {
    const CravingLog mine = log(5, QStringLiteral("not for the clinic"));
    ASSERT_TRUE(sync());
    EXPECT_EQ(cravingIdsOnServer().count(idOf(mine)), 0u);
    EXPECT_EQ(*SyncOutbox(*m_db).count(), 1);
}

TEST_F(SyncRoundTrip, TheClinicsSessionsArriveAndTherapistChangesFollow) {
    ASSERT_TRUE(sync());
    auto sessions = m_sessions->upcoming(m_clock.now(), 100);
    ASSERT_TRUE(sessions.ok());
    ASSERT_GE(sessions->size(), 5u);
    const bool anyCancelled = std::any_of(sessions->begin(), sessions->end(), [](const Session& s) {
        return s.status == Session::Status::Cancelled;
    });
    const bool anyVideo = std::any_of(sessions->begin(), sessions->end(),
                                      [](const Session& s) { return s.videoLink.has_value(); });
    const bool anyPlace = std::any_of(sessions->begin(), sessions->end(),
                                      [](const Session& s) { return !s.place.isEmpty(); });
    EXPECT_TRUE(anyCancelled);
    EXPECT_TRUE(anyVideo);
    EXPECT_TRUE(anyPlace);

    const Session target = sessions->back();
    FhirAnswer appointment =
        fhirGet(m_clinic.fhirBase, "Appointment/" + target.id, m_clinic.therapistToken);
    ASSERT_EQ(appointment.status, 200);
    const QString newTitle =
        QStringLiteral("Moved to the garden room %1").arg(QUuid::createUuid().toString());
    appointment.resource["description"] = newTitle;
    ASSERT_EQ(therapistPut(m_clinic.fhirBase, "Appointment/" + target.id, m_clinic.therapistToken,
                           appointment.resource),
              200);

    ASSERT_TRUE(sync());
    auto after = m_sessions->upcoming(m_clock.now(), 100);
    ASSERT_TRUE(after.ok());
    const auto changed = std::find_if(after->begin(), after->end(),
                                      [&](const Session& s) { return s.id == target.id; });
    ASSERT_NE(changed, after->end());
    EXPECT_EQ(changed->title, newTitle);
}

TEST_F(SyncRoundTrip, ServerSideEditOfACravingLosesNoTextTheClientTyped) {
    const CravingLog mine = log(6, QStringLiteral("first words"));
    m_engine->setCravingSharing(true);
    ASSERT_TRUE(sync());

    // Someone changes the Observation at the clinic, so our last known version is stale.
    FhirAnswer remote =
        fhirGet(m_clinic.fhirBase, "Observation/" + idOf(mine), m_clinic.therapistToken);
    ASSERT_EQ(remote.status, 200);
    remote.resource["valueInteger"] = 1;
    ASSERT_EQ(therapistPut(m_clinic.fhirBase, "Observation/" + idOf(mine), m_clinic.therapistToken,
                           remote.resource),
              200);

    m_clock.advanceSeconds(30);
    CravingEntry change = mine.entry;
    change.note = QStringLiteral("first words, and what I added later");
    ASSERT_TRUE(m_cravings->update(mine.id, change).ok());
    ASSERT_TRUE(sync()); // 412 on the stale If-Match, then the client's version wins

    const FhirAnswer after =
        fhirGet(m_clinic.fhirBase, "Observation/" + idOf(mine), m_clinic.therapistToken);
    EXPECT_EQ(after.resource["note"].toArray()[0].toObject()["text"].toString(), change.note);
    EXPECT_EQ(after.resource["valueInteger"].toInt(), 6);
    EXPECT_EQ(m_cravings->find(mine.id)->entry.note, change.note);
}

TEST_F(SyncRoundTrip, AThousandCravingsSyncInChunks) {
    std::vector<QString> ids;
    for (int i = 0; i < 1000; ++i)
        ids.push_back(idOf(log(i % 11, QStringLiteral("bulk %1").arg(i))));
    m_engine->setCravingSharing(true);
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(sync());
    const qint64 elapsed = timer.elapsed();
    std::printf("sync of 1000 cravings: %lld ms\n", static_cast<long long>(elapsed));
    const auto onServer = cravingIdsOnServer();
    std::size_t found = 0;
    for (const QString& id : ids)
        found += onServer.count(id);
    EXPECT_EQ(found, 1000u);
}
