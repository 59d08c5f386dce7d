#include "ClinicSignIn.h"
#include "ClinicTest.h"
#include "SyncingDevice.h"
#include "sync/mapping/CravingObservationMapper.h"
#include "sync/mapping/FhirCodeSystems.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kJordan = QStringLiteral("jordan-lee");

// Signed in as alex, the app's own FhirClient tries to reach jordan's records.
class Isolation : public ClinicTest {
protected:
    void SetUp() override {
        ClinicTest::SetUp();
        if (HasFatalFailure())
            return;
        m_alex = signedInDevice(QStringLiteral("alex"));
        ASSERT_TRUE(m_alex && m_alex->isReady());
    }

    std::unique_ptr<SyncingDevice> signedInDevice(const QString& login) {
        auto signIn = signInToClinic(m_clinic.fhirBase, login);
        EXPECT_TRUE(signIn.grant.ok()) << qPrintable(signIn.grant.error().detail);
        if (!signIn.grant)
            return nullptr;
        return std::make_unique<SyncingDevice>(*signIn.grant, m_clinic.fhirBase);
    }

    // A craving jordan logged and shared, now on the server: its Observation id.
    QString jordansSharedCraving() {
        auto jordan = signedInDevice(QStringLiteral("jordan"));
        if (!jordan || !jordan->isReady())
            return {};
        jordan->shareCravings();
        const CravingLog log = jordan->log(8, QStringLiteral("jordan's own words"));
        EXPECT_EQ(jordan->syncOnce(), true) << qPrintable(jordan->engine().lastError());
        const QString id = log.id.toString(QUuid::WithoutBraces);
        EXPECT_EQ(
            fhirGet(m_clinic.fhirBase, QStringLiteral("Observation/") + id, m_clinic.therapistToken)
                .status,
            200);
        return id;
    }

    Result<FhirResponse, FhirError> alexGets(const QString& target) {
        std::optional<Result<FhirResponse, FhirError>> answer;
        m_alex->client().get(target, [&answer](auto result) { answer.emplace(std::move(result)); });
        EXPECT_TRUE(QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000));
        return answer.value_or(fail(FhirError{FhirError::Kind::Timeout, 0, {}, {}}));
    }

    Result<FhirResponse, FhirError> alexPosts(const QJsonObject& bundle) {
        std::optional<Result<FhirResponse, FhirError>> answer;
        m_alex->client().postBundle(bundle,
                                    [&answer](auto result) { answer.emplace(std::move(result)); });
        EXPECT_TRUE(QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000));
        return answer.value_or(fail(FhirError{FhirError::Kind::Timeout, 0, {}, {}}));
    }

    // An Observation of a craving, as the app would make it, but about jordan.
    static QJsonObject observationAboutJordan(const QUuid& id) {
        CravingLog log;
        log.id = id;
        log.entry.occurredAt = QDateTime::currentDateTimeUtc();
        log.entry.intensity = 3;
        log.entry.note = QStringLiteral("written by alex");
        log.createdAt = log.updatedAt = log.entry.occurredAt;
        return *CravingObservationMapper::toObservation(log, kJordan);
    }

    static QJsonObject transaction(const QJsonObject& entry) {
        return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                {QStringLiteral("type"), QStringLiteral("transaction")},
                {QStringLiteral("entry"), QJsonArray{entry}}};
    }

    std::unique_ptr<SyncingDevice> m_alex;
};

} // namespace

TEST_F(Isolation, AlexCannotReadJordansPatientAppointmentOrObservation) {
    const QString observation = jordansSharedCraving();
    ASSERT_FALSE(observation.isEmpty());
    ASSERT_TRUE(alexGets(QStringLiteral("Patient/alex-rivera")).ok()); // the client does work

    for (const QString& target :
         {QStringLiteral("Patient/") + kJordan, QStringLiteral("Appointment/jordan-lee-session-1"),
          QStringLiteral("Observation/") + observation}) {
        const auto answer = alexGets(target);
        EXPECT_FALSE(answer.ok()) << qPrintable(target) << " was readable";
        if (!answer.ok()) {
            EXPECT_TRUE(answer.error().kind == FhirError::Kind::NotPermitted ||
                        answer.error().kind == FhirError::Kind::Gone)
                << qPrintable(target) << ": " << qPrintable(answer.error().detail);
        }
    }
}

TEST_F(Isolation, AlexCannotWriteAnObservationIntoJordansCompartment) {
    const QUuid put = QUuid::createUuid();
    const QString putUrl = QStringLiteral("Observation/") + put.toString(QUuid::WithoutBraces);
    const auto byPut = alexPosts(transaction(
        {{QStringLiteral("resource"), observationAboutJordan(put)},
         {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")},
                                                 {QStringLiteral("url"), putUrl}}}}));
    EXPECT_FALSE(byPut.ok()) << "alex wrote into jordan's compartment with PUT";

    const auto byPost = alexPosts(
        transaction({{QStringLiteral("resource"), observationAboutJordan(QUuid::createUuid())},
                     {QStringLiteral("request"),
                      QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                  {QStringLiteral("url"), QStringLiteral("Observation")}}}}));
    EXPECT_FALSE(byPost.ok()) << "alex wrote into jordan's compartment with POST";

    EXPECT_EQ(fhirGet(m_clinic.fhirBase, putUrl, m_clinic.therapistToken).status, 404);
    for (const QJsonObject& mine :
         fhirSearch(m_clinic.fhirBase,
                    QStringLiteral("Observation?subject=Patient/") + kJordan + "&_count=1000",
                    m_clinic.therapistToken))
        EXPECT_NE(
            mine[QStringLiteral("note")].toArray()[0].toObject()[QStringLiteral("text")].toString(),
            QStringLiteral("written by alex"));
}

TEST_F(Isolation, AlexsSearchesFindNothingOfJordans) {
    ASSERT_FALSE(jordansSharedCraving().isEmpty());
    const QString cravingCode =
        QString::fromLatin1(QString(fhir::systems::kCraving + QStringLiteral("|craving-log"))
                                .toUtf8()
                                .toPercentEncoding());
    for (const QString& query :
         {QStringLiteral("Observation?patient=") + kJordan,
          QStringLiteral("Observation?subject=Patient/") + kJordan,
          QStringLiteral("Appointment?patient=") + kJordan,
          QStringLiteral("Observation?code=") + cravingCode + QStringLiteral("&_count=1000"),
          QStringLiteral("Appointment?_count=1000")}) {
        const auto answer = alexGets(query);
        if (!answer.ok()) {
            EXPECT_EQ(answer.error().kind, FhirError::Kind::NotPermitted) << qPrintable(query);
            continue;
        }
        const QByteArray found = QJsonDocument(answer->body).toJson(QJsonDocument::Compact);
        EXPECT_FALSE(found.contains(kJordan.toUtf8())) << qPrintable(query) << " found jordan";
    }
}
