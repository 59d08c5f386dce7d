#include "sync/mapping/MedicationRequestReader.h"

#include "MappingTestJson.h"

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");

// As the test clinic's seed writes it (tests/clinic-server/seed/clinic.mjs).
QJsonObject seededRequest() {
    return test::jsonObject(R"json({
      "resourceType": "MedicationRequest", "id": "alex-rivera-buprenorphine-naloxone",
      "meta": {"versionId": "7b0c", "lastUpdated": "2026-02-13T10:00:00.000Z"},
      "status": "active", "intent": "order",
      "medicationCodeableConcept": {
        "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1010604",
                    "display": "buprenorphine 8 MG / naloxone 2 MG Sublingual Film"}],
        "text": "Buprenorphine/naloxone 8 mg/2 mg sublingual film"},
      "subject": {"reference": "Patient/alex-rivera", "display": "Alex Rivera"},
      "authoredOn": "2026-02-13T22:30:00.000-05:00",
      "requester": {"reference": "Practitioner/priya-shah", "display": "Priya Shah, MD"},
      "dosageInstruction": [{"text": "Dissolve one film under the tongue once a day",
                             "timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d"}}}]
    })json");
}

Result<ClinicMedication, MappingError> read(const QJsonObject& request) {
    return MedicationRequestReader::fromMedicationRequest(request, kPatient);
}

QJsonObject with(const char* key, const QJsonValue& value) {
    QJsonObject request = seededRequest();
    request[QLatin1String(key)] = value;
    return request;
}

} // namespace

TEST(MedicationRequestReader, TheClinicsOrderReadsAsTheClientWillSeeIt) {
    auto medication = read(seededRequest());
    ASSERT_TRUE(medication.ok()) << medication.error().describe().toStdString();
    EXPECT_EQ(medication->id, "alex-rivera-buprenorphine-naloxone");
    EXPECT_EQ(medication->versionId, "7b0c");
    EXPECT_EQ(medication->status, ClinicMedication::Status::Active);
    EXPECT_EQ(medication->name, "Buprenorphine/naloxone 8 mg/2 mg sublingual film");
    EXPECT_EQ(medication->rxNormCode, "1010604");
    EXPECT_EQ(medication->dosageText, "Dissolve one film under the tongue once a day");
    EXPECT_EQ(medication->prescriber, "Priya Shah, MD");
    // The clinic's own day, not the UTC one (03:30 on the 14th).
    EXPECT_EQ(medication->authoredOn, std::optional<QDate>(QDate(2026, 2, 13)));
}

TEST(MedicationRequestReader, OnlyCurrentOrdersAreListed) {
    EXPECT_EQ(read(with("status", "on-hold"))->status, ClinicMedication::Status::OnHold);
    for (const char* notCurrent : {"stopped", "completed", "cancelled", "draft", "unknown"})
        EXPECT_EQ(read(with("status", notCurrent)).error().kind, MappingErrorKind::NotListed)
            << notCurrent;
    EXPECT_EQ(read(with("status", "entered-in-error")).error().kind,
              MappingErrorKind::EnteredInError);
    EXPECT_EQ(read(with("status", "paused")).error().kind, MappingErrorKind::UnknownCode);
}

TEST(MedicationRequestReader, OptionalPartsMayBeMissingAndPartialDatesHaveNoDay) {
    QJsonObject bare = seededRequest();
    bare.remove("requester");
    bare.remove("dosageInstruction");
    bare.remove("meta");
    bare["authoredOn"] = "2026-02";
    auto medication = read(bare);
    ASSERT_TRUE(medication.ok()) << medication.error().describe().toStdString();
    EXPECT_TRUE(medication->prescriber.isEmpty());
    EXPECT_TRUE(medication->dosageText.isEmpty());
    EXPECT_FALSE(medication->authoredOn.has_value());
    EXPECT_EQ(read(with("authoredOn", "2026-02-13"))->authoredOn,
              std::optional<QDate>(QDate(2026, 2, 13)));
    EXPECT_EQ(read(with("authoredOn", "2026-02-13Tnoon")).error().kind,
              MappingErrorKind::WrongType);
}

TEST(MedicationRequestReader, TheClinicsTextIsDataControlCharactersCleanedAndLengthsBounded) {
    QJsonObject request = seededRequest();
    request["medicationCodeableConcept"] =
        test::jsonObject(R"({"text": "Naltrexone\u0007 <b>50 mg</b>"})");
    auto medication = read(request);
    ASSERT_TRUE(medication.ok());
    EXPECT_EQ(medication->name, "Naltrexone  <b>50 mg</b>");
    request["medicationCodeableConcept"] =
        QJsonObject{{"text", QString(MedicationRequestReader::kMaxNameLength + 1, u'x')}};
    EXPECT_EQ(read(request).error().kind, MappingErrorKind::OutOfRange);
}

TEST(MedicationRequestReader, WhatCannotBeShownIsAnErrorThatNamesTheField) {
    EXPECT_EQ(
        MedicationRequestReader::fromMedicationRequest(seededRequest(), "jordan-lee").error().kind,
        MappingErrorKind::WrongResource);
    QJsonObject byReference = seededRequest();
    byReference.remove("medicationCodeableConcept");
    byReference["medicationReference"] = test::jsonObject(R"({"reference": "Medication/x"})");
    const auto refused = read(byReference);
    EXPECT_EQ(refused.error().kind, MappingErrorKind::WrongType);
    EXPECT_EQ(refused.error().field, "MedicationRequest.medication[x]");
    EXPECT_EQ(read(with("id", "not an id")).error().kind, MappingErrorKind::WrongType);
    EXPECT_EQ(read(with("resourceType", "MedicationStatement")).error().kind,
              MappingErrorKind::WrongResource);
    QJsonObject badCode = seededRequest();
    badCode["medicationCodeableConcept"] = test::jsonObject(
        R"({"text": "x", "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "DROP TABLE"}]})");
    EXPECT_EQ(read(badCode).error().kind, MappingErrorKind::WrongType);
}
