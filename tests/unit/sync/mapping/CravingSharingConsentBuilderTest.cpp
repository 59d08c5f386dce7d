#include "sync/mapping/CravingSharingConsentBuilder.h"

#include "MappingTestJson.h"
#include "sync/mapping/CravingObservationMapper.h"

#include <QJsonArray>

using namespace stepstone;

namespace {

CravingSharingChoice sharing() {
    return {QUuid::fromString(QStringLiteral("8a1d2c3b-4e5f-4a6b-9c7d-0e1f2a3b4c5d")),
            QStringLiteral("alex-rivera"), QStringLiteral("CareTeam/alex-rivera-care-team"), true,
            QDateTime(QDate(2026, 3, 1), QTime(9, 15, 0, 5), Qt::OffsetFromUTC, -5 * 3600)};
}

QJsonObject built(const CravingSharingChoice& choice) {
    auto consent = CravingSharingConsentBuilder::build(choice);
    EXPECT_TRUE(consent.ok()) << consent.error().describe().toStdString();
    return consent.ok() ? *consent : QJsonObject();
}

} // namespace

TEST(CravingSharingConsentBuilder, SharingIsAnActivePartTwoConsentForCravingLogs) {
    const QJsonObject c = built(sharing());
    EXPECT_EQ(c["resourceType"], "Consent");
    EXPECT_EQ(c["id"], "8a1d2c3b-4e5f-4a6b-9c7d-0e1f2a3b4c5d");
    EXPECT_EQ(c["status"], "active");
    EXPECT_EQ(c["scope"]["coding"][0]["system"],
              "http://terminology.hl7.org/CodeSystem/consentscope");
    EXPECT_EQ(c["scope"]["coding"][0]["code"], "patient-privacy");
    EXPECT_EQ(c["category"][0]["coding"][0]["system"], "http://loinc.org");
    EXPECT_EQ(c["category"][0]["coding"][0]["code"], "59284-0");
    EXPECT_EQ(c["category"][1]["coding"][0]["code"], "IDSCL");
    EXPECT_EQ(c["patient"]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(c["performer"][0]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(c["dateTime"], "2026-03-01T09:15:00.005-05:00");
    EXPECT_EQ(c["policy"][0]["uri"],
              "https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2");
    EXPECT_EQ(c["policyRule"]["coding"][0]["system"],
              "http://terminology.hl7.org/CodeSystem/v3-ActCode");
    EXPECT_EQ(c["policyRule"]["coding"][0]["code"], "42CFRPart2");

    const QJsonValue p = c["provision"];
    EXPECT_EQ(p["type"], "permit");
    ASSERT_EQ(p["actor"].toArray().size(), 1);
    EXPECT_EQ(p["actor"][0]["role"]["coding"][0]["system"],
              "http://terminology.hl7.org/CodeSystem/v3-ParticipationType");
    EXPECT_EQ(p["actor"][0]["role"]["coding"][0]["code"], "IRCP");
    EXPECT_EQ(p["actor"][0]["reference"]["reference"], "CareTeam/alex-rivera-care-team");
    EXPECT_EQ(p["purpose"][0]["system"], "http://terminology.hl7.org/CodeSystem/v3-ActReason");
    EXPECT_EQ(p["purpose"][0]["code"], "TREAT");
    EXPECT_EQ(p["class"][0]["system"], "http://hl7.org/fhir/resource-types");
    EXPECT_EQ(p["class"][0]["code"], "Observation");
    EXPECT_EQ(p["code"][0]["coding"][0]["system"],
              "https://stepstone.example/fhir/CodeSystem/craving");
    EXPECT_EQ(p["code"][0]["coding"][0]["code"], "craving-log");

    QStringList labels;
    for (const QJsonValue& label : p["securityLabel"].toArray())
        labels.append(label["code"].toString());
    EXPECT_EQ(labels, QStringList({"R", "SUD", "42CFRPart2"}));
}

TEST(CravingSharingConsentBuilder, ConsentCoversExactlyWhatTheObservationsCarry) {
    CravingLog log;
    log.id = QUuid::createUuid();
    log.entry.occurredAt = QDateTime::currentDateTimeUtc();
    auto observation = CravingObservationMapper::toObservation(log, QStringLiteral("alex-rivera"));
    ASSERT_TRUE(observation.ok());
    const QJsonObject& o = *observation;
    const QJsonObject consent = built(sharing());
    EXPECT_EQ(consent["provision"]["securityLabel"], o["meta"]["security"]);
    EXPECT_EQ(consent["provision"]["code"][0], o["code"]);
    EXPECT_EQ(consent["provision"]["class"][0]["code"], o["resourceType"]);
}

TEST(CravingSharingConsentBuilder, RevokingUpdatesTheSameConsentToInactive) {
    CravingSharingChoice revoked = sharing();
    revoked.sharing = false;
    revoked.decidedAt = revoked.decidedAt.addDays(30);
    QJsonObject active = built(sharing());
    QJsonObject inactive = built(revoked);
    EXPECT_EQ(inactive["id"], active["id"]);
    EXPECT_EQ(inactive["status"], "inactive");
    EXPECT_EQ(inactive["dateTime"], "2026-03-31T09:15:00.005-05:00");
    for (QJsonObject* c : {&active, &inactive}) {
        c->remove(QLatin1String("status"));
        c->remove(QLatin1String("dateTime"));
    }
    EXPECT_EQ(active, inactive);
}

TEST(CravingSharingConsentBuilder, RecipientMayBeTheCareTeamOrganizationOrPractitioner) {
    for (const char* recipient :
         {"CareTeam/alex-rivera-care-team", "Organization/riverside-recovery",
          "Practitioner/morgan-chen", "PractitionerRole/morgan-at-riverside"}) {
        CravingSharingChoice choice = sharing();
        choice.recipient = QString::fromLatin1(recipient);
        const QJsonObject consent = built(choice);
        EXPECT_EQ(consent["provision"]["actor"][0]["reference"]["reference"], recipient);
    }
}

TEST(CravingSharingConsentBuilder, ChoiceThatCannotBeSentIsInvalidInput) {
    std::vector<CravingSharingChoice> choices;
    for (const char* recipient : {"", "CareTeam", "Patient/jordan-lee", "RelatedPerson/sam",
                                  "https://other.example/fhir/CareTeam/x", "CareTeam/",
                                  "#contained", "careteam/x", "CareTeam/a b"}) {
        CravingSharingChoice choice = sharing();
        choice.recipient = QString::fromLatin1(recipient);
        choices.push_back(choice);
    }
    CravingSharingChoice nullId = sharing();
    nullId.consentId = QUuid();
    CravingSharingChoice noTime = sharing();
    noTime.decidedAt = QDateTime();
    CravingSharingChoice badPatient = sharing();
    badPatient.patientId = QStringLiteral("Patient/alex-rivera");
    choices.insert(choices.end(), {nullId, noTime, badPatient});
    for (const CravingSharingChoice& choice : choices) {
        auto consent = CravingSharingConsentBuilder::build(choice);
        ASSERT_FALSE(consent.ok()) << choice.recipient.toStdString();
        EXPECT_EQ(consent.error().kind, MappingErrorKind::InvalidInput);
    }
}
