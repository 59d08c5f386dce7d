#pragma once

#include "ClinicTest.h"
#include "SyncingDevice.h"

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

// The client "alex" signed in to the shared clinic server, on a fresh SyncingDevice.
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

    // The device and, for the tests' convenience, its parts.
    std::unique_ptr<SyncingDevice> m_device;
    platform::FixedClock* m_clock = nullptr;
    Database* m_db = nullptr;
    CravingLogStore* m_cravings = nullptr;
    SessionStore* m_sessions = nullptr;
    SharingStore* m_sharing = nullptr;
    FhirClient* m_client = nullptr;
    SyncEngine* m_engine = nullptr;
    ClinicAccountId m_account;
};

} // namespace stepstone::test
