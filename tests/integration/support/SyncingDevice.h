#pragma once

#include "TestBrowser.h"
#include "auth/SmartGrant.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"
#include "profile/Profile.h"
#include "sync/ClinicLink.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace stepstone::test {

// One device of a signed-in client, built as the app builds it: a fresh encrypted profile and
// the real ClinicLink (SmartSession, FhirClient, SyncEngine with every sync step), which adopts
// `grant`. The FHIR base of the grant is replaced by `fhirBase`: the clinic itself, or a proxy
// in front of it. The token endpoint stays the clinic's own. Runs start only when a test asks.
class SyncingDevice {
public:
    SyncingDevice(SmartGrant grant, const QUrl& fhirBase, FhirClient::Limits limits = {});
    ~SyncingDevice();

    // False (with a test failure added) when the profile or the link could not be set up.
    bool isReady() const { return m_link && m_link->engine(); }

    // Signs in with another grant (another patient, or the same one again), through `fhirBase`.
    bool signInWith(SmartGrant grant, const QUrl& fhirBase);

    // The client turns on sharing of craving logs with the clinic signed in to.
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

    Profile& profile() { return *m_profile; }
    ClinicLink& link() { return *m_link; }
    ClinicAccountId account() const { return m_link->account()->id; }
    Database& db() { return m_profile->database(); }
    CravingLogStore& cravings() { return m_profile->cravings(); }
    SessionStore& sessions() { return m_profile->sessions(); }
    SharingStore& sharing() { return m_profile->sharing(); }
    SyncEngine& engine() { return *m_link->engine(); }
    FhirClient& client() { return *m_link->client(); }
    platform::FixedClock& clock() { return m_clock; }
    // The profile's file and key, for another process that opens it as the next app run would.
    QString databasePath() const { return m_dir.filePath(QStringLiteral("device.db")); }
    const DatabaseKey& databaseKey() const { return m_key; }
    const QString& patientId() const { return m_patientId; }

private:
    QTemporaryDir m_dir;
    DatabaseKey m_key = DatabaseKey::generate();
    platform::FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    platform::InMemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    TestBrowser m_browser{QStringLiteral("nobody")};
    QString m_patientId;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<ClinicLink> m_link;
};

} // namespace stepstone::test
