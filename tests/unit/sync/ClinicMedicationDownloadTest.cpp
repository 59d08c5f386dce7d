#include "sync/ClinicMedicationDownload.h"

#include "NetworkTestSupport.h"
#include "ScriptedHttpServer.h"
#include "StoreFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace stepstone;
using namespace stepstone::test;

namespace {

QJsonObject request(const QString& id, const QString& name, const QString& status = "active") {
    return QJsonObject{
        {"resourceType", "MedicationRequest"},
        {"id", id},
        {"meta", QJsonObject{{"versionId", "v1"}}},
        {"status", status},
        {"intent", "order"},
        {"medicationCodeableConcept", QJsonObject{{"text", name}}},
        {"subject", QJsonObject{{"reference", "Patient/alex-rivera"}}},
        {"authoredOn", "2026-02-13T10:00:00.000Z"},
    };
}

QByteArray searchset(const QList<QJsonObject>& resources, const QString& next = {}) {
    QJsonArray entries;
    for (const QJsonObject& resource : resources)
        entries.append(
            QJsonObject{{"resource", resource}, {"search", QJsonObject{{"mode", "match"}}}});
    QJsonArray links;
    if (!next.isEmpty())
        links.append(QJsonObject{{"relation", "next"}, {"url", next}});
    return QJsonDocument(QJsonObject{{"resourceType", "Bundle"},
                                     {"type", "searchset"},
                                     {"link", links},
                                     {"entry", entries}})
        .toJson(QJsonDocument::Compact);
}

class ClinicMedicationDownloadTest : public StoreFixture {
protected:
    static void SetUpTestSuite() { ensureCoreApplication(); }

    // One run of the step: its failure, if any.
    std::optional<SyncFailure> download(QStringList scopes = {"patient/MedicationRequest.s"}) {
        ClinicMedicationDownload step({m_profile->clinicMedications(), m_account, m_client});
        SyncRun run{m_server.baseUrl(), QStringLiteral("alex-rivera"), scopes, {}};
        std::optional<std::optional<SyncFailure>> result;
        step.run(run, [&](std::optional<SyncFailure> failure) { result = std::move(failure); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        return result.value_or(std::nullopt);
    }

    QStringList storedNames() {
        auto list = m_profile->clinicMedications().list(m_account);
        EXPECT_TRUE(list.ok());
        QStringList names;
        if (list.ok())
            for (const ClinicMedication& medication : *list)
                names << medication.name;
        return names;
    }

    static FhirError::Kind kindOf(const std::optional<SyncFailure>& failure) {
        EXPECT_TRUE(failure && std::holds_alternative<FhirError>(*failure));
        return failure && std::holds_alternative<FhirError>(*failure)
                   ? std::get<FhirError>(*failure).kind
                   : FhirError::Kind::Offline;
    }

    ScriptedHttpServer m_server;
    CountingTokenSource m_tokens{m_server.baseUrl()};
    QNetworkAccessManager m_network;
    FhirClient m_client{m_network, m_tokens, {}};
};

} // namespace

TEST_F(ClinicMedicationDownloadTest, EveryPageIsReadAndTheListIsWhatTheClinicListsNow) {
    m_server.respond(200, searchset({request("bup", "Buprenorphine/naloxone")},
                                    m_server.baseUrl().toString() + "/MedicationRequest?page=2"));
    m_server.respond(200, searchset({request("nal", "Naltrexone", "on-hold"),
                                     request("old", "Old order", "stopped")}));
    EXPECT_FALSE(download().has_value());
    EXPECT_EQ(storedNames(), (QStringList{"Buprenorphine/naloxone", "Naltrexone"}));
    ASSERT_GE(m_server.requests().size(), 2);
    EXPECT_TRUE(m_server.requests()[0].target.contains("MedicationRequest?patient=alex-rivera"));

    QSignalSpy changed(&m_profile->clinicMedications(), &ClinicMedicationStore::changed);
    m_server.respond(200, searchset({request("nal", "Naltrexone", "on-hold")}));
    EXPECT_FALSE(download().has_value());
    EXPECT_EQ(storedNames(), QStringList{"Naltrexone"});
    EXPECT_EQ(changed.count(), 1);
    m_server.respond(200, searchset({request("nal", "Naltrexone", "on-hold")}));
    EXPECT_FALSE(download().has_value());
    EXPECT_EQ(changed.count(), 1); // nothing changed, nothing announced
}

TEST_F(ClinicMedicationDownloadTest, AMalformedRequestIsSkippedWithAClearErrorAndKeepsItsCopy) {
    m_server.respond(
        200, searchset({request("bup", "Buprenorphine/naloxone"), request("nal", "Naltrexone")}));
    ASSERT_FALSE(download().has_value());

    QJsonObject broken = request("nal", "Naltrexone");
    broken["status"] = "paused-by-robot";
    m_server.respond(200, searchset({request("bup", "Buprenorphine/naloxone v2"), broken}));
    const auto failure = download();
    EXPECT_EQ(kindOf(failure), FhirError::Kind::Malformed);
    EXPECT_TRUE(
        std::get<FhirError>(*failure).detail.contains("UnknownCode at MedicationRequest.status"))
        << qPrintable(std::get<FhirError>(*failure).detail);
    EXPECT_EQ(storedNames(), (QStringList{"Buprenorphine/naloxone v2", "Naltrexone"}));
}

TEST_F(ClinicMedicationDownloadTest, AnEntryWithoutAnIdKeepsEveryStoredMedicine) {
    m_server.respond(
        200, searchset({request("bup", "Buprenorphine/naloxone"), request("nal", "Naltrexone")}));
    ASSERT_FALSE(download().has_value());
    QJsonObject noId = request("x", "?");
    noId.remove("id");
    m_server.respond(200, searchset({noId}));
    EXPECT_EQ(kindOf(download()), FhirError::Kind::Malformed);
    EXPECT_EQ(storedNames(), (QStringList{"Buprenorphine/naloxone", "Naltrexone"}));
}

TEST_F(ClinicMedicationDownloadTest, AFailedOrUnexpectedAnswerChangesNothing) {
    m_server.respond(200, searchset({request("bup", "Buprenorphine/naloxone")}));
    ASSERT_FALSE(download().has_value());
    m_server.respond(500, "{}");
    EXPECT_EQ(kindOf(download()), FhirError::Kind::Server);
    m_server.respond(200, R"({"resourceType": "Bundle", "type": "history", "entry": []})");
    EXPECT_EQ(kindOf(download()), FhirError::Kind::Malformed);
    // The second page fails: the first page's news is not applied either.
    m_server.respond(200,
                     searchset({}, m_server.baseUrl().toString() + "/MedicationRequest?page=2"));
    m_server.respond(404, "{}");
    EXPECT_EQ(kindOf(download()), FhirError::Kind::Gone);
    EXPECT_EQ(storedNames(), QStringList{"Buprenorphine/naloxone"});
}

TEST_F(ClinicMedicationDownloadTest, WithoutTheScopeNothingIsAskedAndNothingFails) {
    EXPECT_FALSE(download({"patient/Observation.crud"}).has_value());
    EXPECT_TRUE(m_server.requests().isEmpty());
}

TEST_F(ClinicMedicationDownloadTest, EachClinicAccountKeepsItsOwnList) {
    const ClinicAccountId other = addAccount("alex-rivera", QUrl("https://other.example/fhir"));
    ClinicMedication kept;
    kept.id = "other-clinic-order";
    kept.versionId = "1";
    kept.name = "Acamprosate";
    ASSERT_TRUE(m_profile->clinicMedications().replace(other, {kept}, {}).ok());
    m_server.respond(200, searchset({}));
    EXPECT_FALSE(download().has_value());
    auto otherList = m_profile->clinicMedications().list(other);
    ASSERT_TRUE(otherList.ok());
    EXPECT_EQ(*otherList, std::vector<ClinicMedication>{kept});
}
