#pragma once

#include "ClinicTest.h"
#include "auth/SmartSession.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"
#include "store/SessionStore.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace stepstone::test {

// What the therapist does at the clinic's side: a blocking request with the therapist's token;
// answers the HTTP status.
int therapistSend(const QUrl& base, const QByteArray& verb, const QString& path,
                  const QString& token, const QJsonObject& resource = {});
inline int therapistPut(const QUrl& base, const QString& path, const QString& token,
                        const QJsonObject& resource) {
    return therapistSend(base, "PUT", path, token, resource);
}

// Alex, signed in to the shared clinic server through the real SMART sign-in, with a fresh
// encrypted database and the real sync engine.
class SignedInSync : public ClinicTest {
protected:
    void SetUp() override;

    // One sync run; false (and a test failure) when it did not complete.
    bool sync();
    // A craving logged now on the test's clock.
    CravingLog log(int intensity, const QString& note = {});
    // GET with the app's own FHIR client and token, waiting for the answer.
    Result<FhirResponse, FhirError> getAsClient(const QString& target);

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

} // namespace stepstone::test
