#include "sync/mapping/MedicationStatementMapper.h"

#include "MappingTestJson.h"
#include "SampleDayToDay.h"

#include <QJsonArray>
#include <limits>

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");

QJsonObject statementOf(const Medication& medication) {
    auto statement = MedicationStatementMapper::toMedicationStatement(medication, kPatient);
    EXPECT_TRUE(statement.ok()) << statement.error().describe().toStdString();
    return statement.ok() ? *statement : QJsonObject();
}

Result<ServerMedication, MappingError> read(const QJsonObject& statement) {
    return MedicationStatementMapper::fromMedicationStatement(statement, kPatient);
}

MappingErrorKind refusal(const Medication& medication) {
    auto statement = MedicationStatementMapper::toMedicationStatement(medication, kPatient);
    return statement.ok() ? MappingErrorKind::WrongResource : statement.error().kind;
}

// `statement` with dosage[0].timing.repeat[key] = value.
QJsonObject withRepeat(QJsonObject statement, const char* key, const QJsonValue& value) {
    QJsonArray dosages = statement["dosage"].toArray();
    QJsonObject dosage = dosages[0].toObject();
    QJsonObject timing = dosage["timing"].toObject();
    QJsonObject repeat = timing["repeat"].toObject();
    repeat[QLatin1String(key)] = value;
    timing["repeat"] = repeat;
    dosage["timing"] = timing;
    dosages[0] = dosage;
    statement["dosage"] = dosages;
    return statement;
}

} // namespace

TEST(MedicationStatementMapper, EachKindOfScheduleRoundTripsWithEveryField) {
    for (const Medication& medication :
         {test::sampleDailyMedication(), test::sampleClinicDaysMedication(),
          test::sampleAsNeededMedication()}) {
        auto back = read(statementOf(medication));
        ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
        EXPECT_EQ(back->id, medication.id);
        EXPECT_EQ(back->entry, medication.entry) << medication.entry.name.toStdString();
        EXPECT_EQ(back->updatedAt, std::optional<QDateTime>(medication.updatedAt));
    }
}

TEST(MedicationStatementMapper, DailyDosesFollowTheClinicContract) {
    const Medication medication = test::sampleDailyMedication();
    const QJsonObject s = statementOf(medication);
    EXPECT_EQ(s["resourceType"], "MedicationStatement");
    EXPECT_EQ(s["status"], "active");
    EXPECT_EQ(s["subject"]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(s["informationSource"]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(s["medicationCodeableConcept"]["text"], medication.entry.name);
    EXPECT_EQ(s["medicationCodeableConcept"]["coding"][0]["system"],
              "http://www.nlm.nih.gov/research/umls/rxnorm");
    EXPECT_EQ(s["medicationCodeableConcept"]["coding"][0]["code"], "1010604");
    EXPECT_EQ(s["basedOn"][0]["reference"], "MedicationRequest/alex-rivera-buprenorphine-naloxone");
    EXPECT_EQ(s["dateAsserted"], "2026-02-21T10:00:00.500-06:00");
    EXPECT_EQ(s["meta"]["security"][2]["code"], "42CFRPart2");
    const QJsonObject dosage = s["dosage"][0].toObject();
    EXPECT_EQ(dosage["timing"]["repeat"]["timeOfDay"].toArray(),
              (QJsonArray{"08:00:00", "20:30:00"}));
    EXPECT_FALSE(dosage["timing"]["repeat"].toObject().contains("dayOfWeek"));
    EXPECT_FALSE(dosage.contains("asNeededBoolean"));
    EXPECT_EQ(dosage["doseAndRate"][0]["doseQuantity"]["value"].toDouble(), 1);
    EXPECT_EQ(dosage["doseAndRate"][0]["doseQuantity"]["unit"], "film");
    EXPECT_EQ(s["extension"][0]["valueDate"], "2026-03-20");
    EXPECT_EQ(s["extension"][1]["valueString"], "Dr. Priya Shah");
}

TEST(MedicationStatementMapper, ClinicDaysAreWeekdaysAndAsNeededIsAsNeededBoolean) {
    const QJsonObject methadone = statementOf(test::sampleClinicDaysMedication());
    EXPECT_EQ(methadone["dosage"][0]["timing"]["repeat"]["dayOfWeek"].toArray(),
              (QJsonArray{"mon", "wed", "fri"}));
    EXPECT_FALSE(methadone.contains("basedOn"));
    EXPECT_FALSE(methadone["medicationCodeableConcept"].toObject().contains("coding"));
    const QJsonObject asNeeded = statementOf(test::sampleAsNeededMedication());
    EXPECT_EQ(asNeeded["dosage"][0]["asNeededBoolean"], true);
    EXPECT_FALSE(asNeeded["dosage"][0].toObject().contains("timing"));
}

TEST(MedicationStatementMapper, ABadDoseOrAScheduleWithoutTimesIsRefusedNotSent) {
    Medication medication = test::sampleDailyMedication();
    medication.entry.dose.value = 0;
    EXPECT_EQ(refusal(medication), MappingErrorKind::InvalidInput);
    medication.entry.dose.value = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(refusal(medication), MappingErrorKind::InvalidInput);
    medication = test::sampleDailyMedication();
    medication.entry.dose.unit = QStringLiteral(" ");
    EXPECT_EQ(refusal(medication), MappingErrorKind::InvalidInput);
    medication = test::sampleDailyMedication();
    medication.entry.schedule.timesOfDay.clear();
    EXPECT_EQ(refusal(medication), MappingErrorKind::InvalidInput);
    medication = test::sampleClinicDaysMedication();
    medication.entry.schedule.clinicDays.clear();
    EXPECT_EQ(refusal(medication), MappingErrorKind::InvalidInput);
    medication = test::sampleDailyMedication();
    medication.entry.rxNormCode = QStringLiteral("abc");
    EXPECT_EQ(refusal(medication), MappingErrorKind::InvalidInput);
    medication = test::sampleDailyMedication();
    medication.entry.clinicRequestId = QStringLiteral("has space");
    EXPECT_EQ(refusal(medication), MappingErrorKind::InvalidInput);
}

TEST(MedicationStatementMapper, ATimeOrWeekdayThatDoesNotParseIsAnErrorNotAMissedDose) {
    const QJsonObject good = statementOf(test::sampleClinicDaysMedication());
    EXPECT_EQ(read(withRepeat(good, "timeOfDay", QJsonArray{"7:45"})).error().kind,
              MappingErrorKind::WrongType);
    EXPECT_EQ(read(withRepeat(good, "timeOfDay", QJsonArray{"25:00:00"})).error().kind,
              MappingErrorKind::WrongType);
    EXPECT_EQ(read(withRepeat(good, "dayOfWeek", QJsonArray{"mon", "funday"})).error().kind,
              MappingErrorKind::UnknownCode);
    EXPECT_EQ(read(withRepeat(good, "timeOfDay", QJsonArray{})).error().kind,
              MappingErrorKind::MissingField);
    auto fraction = read(withRepeat(good, "timeOfDay", QJsonArray{"07:45:00.5"}));
    ASSERT_TRUE(fraction.ok());
    EXPECT_EQ(fraction->entry.schedule.timesOfDay, std::vector<QTime>{QTime(7, 45, 0, 500)});
}

TEST(MedicationStatementMapper, DoseStatusAndSubjectAreReadStrictly) {
    const QJsonObject good = statementOf(test::sampleDailyMedication());
    QJsonObject text = good;
    QJsonArray dosages = text["dosage"].toArray();
    QJsonObject dosage = dosages[0].toObject();
    dosage["doseAndRate"] =
        test::jsonObject(R"({"a": [{"doseQuantity": {"value": "abc", "unit": "mg"}}]})")["a"];
    dosages[0] = dosage;
    text["dosage"] = dosages;
    EXPECT_EQ(read(text).error().kind, MappingErrorKind::WrongType);
    QJsonObject stopped = good;
    stopped["status"] = "stopped";
    EXPECT_EQ(read(stopped).error().kind, MappingErrorKind::OutOfRange);
    stopped["status"] = "entered-in-error";
    EXPECT_EQ(read(stopped).error().kind, MappingErrorKind::EnteredInError);
    EXPECT_EQ(MedicationStatementMapper::fromMedicationStatement(good, "jordan-lee").error().kind,
              MappingErrorKind::WrongResource);
    QJsonObject noDosage = good;
    noDosage.remove("dosage");
    EXPECT_EQ(read(noDosage).error().kind, MappingErrorKind::MissingField);
}

TEST(MedicationStatementMapper, TheNameFallsBackToTheCodingsDisplay) {
    QJsonObject s = statementOf(test::sampleDailyMedication());
    s["medicationCodeableConcept"] = test::jsonObject(
        R"({"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "864706", "display": "methadone hydrochloride 10 MG Oral Tablet"}]})");
    auto back = read(s);
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(back->entry.name, "methadone hydrochloride 10 MG Oral Tablet");
    EXPECT_EQ(back->entry.rxNormCode, "864706");
    s["medicationCodeableConcept"] = QJsonObject{};
    EXPECT_EQ(read(s).error().kind, MappingErrorKind::MissingField);
}
