#pragma once

#include "ClinicTest.h"
#include "auth/SmartSession.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"
#include "store/SessionStore.h"
#include "store/SharingStore.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>
#include <set>

namespace stepstone::test {

// What the therapist does at the clinic's side: a blocking request with the therapist's token;
// answers the HTTP status.
int therapistSend(const QUrl& base, const QByteArray& verb, const QString& path,
                  const QString& token, const QJsonObject& resource = {});
inline int therapistPut(const QUrl& base, const QString& path, const QString& token,
                        const QJsonObject& resource) {
    return therapistSend(base, "PUT", path, token, resource);
}

// The ids of the resources a search (relative to the FHIR base) finds, following next links,
// as the therapist sees them.
std::multiset<QString> idsFound(const ClinicServer& clinic, const QString& search);

// The client "alex" signed in to the shared clinic server, with a fresh profile and the real
// sync engine.
class ClinicSyncTest : public ClinicTest {
protected:
    static constexpr char kPatient[] = "alex-rivera";

    void SetUp() override;

    // One sync run; true when it completed.
    bool sync();
    CravingLog log(int intensity, const QString& note = {});
    std::multiset<QString> cravingIdsOnServer();
    // GET with the app's own FHIR client and token, waiting for the answer.
    Result<FhirResponse, FhirError> getAsClient(const QString& target);
    static QString idOf(const CravingLog& log) { return log.id.toString(QUuid::WithoutBraces); }

    QTemporaryDir m_dir;
    platform::FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    platform::InMemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CravingLogStore> m_cravings;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<SharingStore> m_sharing;
    std::unique_ptr<SmartSession> m_session;
    std::unique_ptr<FhirClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace stepstone::test
