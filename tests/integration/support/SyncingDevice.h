#pragma once

#include "auth/SmartGrant.h"
#include "auth/SmartSession.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"
#include "store/CravingLogStore.h"
#include "store/SessionStore.h"
#include "store/SharingStore.h"
#include "sync/FhirClient.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace stepstone::test {

// One device of a signed-in client, built as the app builds it: a fresh encrypted database,
// the craving and session stores, and the real SmartSession, FhirClient and SyncEngine.
// The FHIR base of the grant is replaced by `fhirBase`: the clinic itself, or a proxy in
// front of it. The token endpoint stays the clinic's own.
class SyncingDevice {
public:
    SyncingDevice(SmartGrant grant, const QUrl& fhirBase, FhirClient::Limits limits = {});

    // False (with a test failure added) when the database or the session could not be set up.
    bool isReady() const { return m_engine != nullptr; }

    // The client turns on sharing of craving logs with the clinic.
    void shareCravings();

    // A craving logged now, saved as the app saves it.
    CravingLog log(int intensity, const QString& note);

    // Starts a run when the engine is idle (a retry it has planned starts on its own timer)
    // and waits for the next run to finish: whether it reached the end, or nullopt after
    // `timeout`.
    std::optional<bool> syncOnce(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // Syncs until a run reaches the end, at most `attempts` runs; the last result.
    bool syncUntilDone(int attempts);

    int queuedChanges();

    Database& db() { return *m_db; }
    CravingLogStore& cravings() { return *m_cravings; }
    SessionStore& sessions() { return *m_sessions; }
    SharingStore& sharing() { return *m_sharing; }
    SyncEngine& engine() { return *m_engine; }
    FhirClient& client() { return *m_client; }
    platform::FixedClock& clock() { return m_clock; }
    const QString& patientId() const { return m_patientId; }

private:
    QTemporaryDir m_dir;
    platform::FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    platform::InMemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    QString m_patientId;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CravingLogStore> m_cravings;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<SharingStore> m_sharing;
    std::unique_ptr<SmartSession> m_session;
    std::unique_ptr<FhirClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace stepstone::test
