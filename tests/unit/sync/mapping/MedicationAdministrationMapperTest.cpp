#include "sync/mapping/MedicationAdministrationMapper.h"

#include "MappingTestJson.h"
#include "SampleDayToDay.h"

#include <QJsonArray>

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");

QJsonObject administrationOf(const DoseEvent& event, const Medication& medication) {
    auto administration =
        MedicationAdministrationMapper::toMedicationAdministration(event, medication, kPatient);
    EXPECT_TRUE(administration.ok()) << administration.error().describe().toStdString();
    return administration.ok() ? *administration : QJsonObject();
}

Result<ServerDoseEvent, MappingError> read(const QJsonObject& administration) {
    return MedicationAdministrationMapper::fromMedicationAdministration(administration, kPatient);
}

} // namespace

TEST(MedicationAdministrationMapper, TakenAndSkippedDosesRoundTripWithTheirReasons) {
    const Medication medication = test::sampleDailyMedication();
    for (const DoseEvent& event :
         {test::sampleDose(medication, DoseOutcome::Taken),
          test::sampleDose(medication, DoseOutcome::Taken, QStringLiteral("took it late, at 10")),
          test::sampleDose(medication, DoseOutcome::Skipped),
          test::sampleDose(medication, DoseOutcome::Skipped, QStringLiteral("felt sick"))}) {
        auto back = read(administrationOf(event, medication));
        ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
        EXPECT_EQ(back->id, event.id);
        EXPECT_EQ(back->mark, event.mark) << event.mark.reason.toStdString();
        EXPECT_EQ(back->mark.dueAt.offsetFromUtc(), -5 * 3600);
    }
}

TEST(MedicationAdministrationMapper, ATakenDoseFollowsTheClinicContract) {
    const Medication medication = test::sampleDailyMedication();
    const DoseEvent event = test::sampleDose(medication, DoseOutcome::Taken);
    const QJsonObject a = administrationOf(event, medication);
    EXPECT_EQ(a["resourceType"], "MedicationAdministration");
    EXPECT_EQ(a["status"], "completed");
    EXPECT_EQ(a["subject"]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(a["performer"][0]["actor"]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(a["effectiveDateTime"], "2026-03-02T08:00:00.000-05:00");
    EXPECT_EQ(a["request"]["reference"], "MedicationRequest/alex-rivera-buprenorphine-naloxone");
    EXPECT_EQ(a["supportingInformation"][0]["reference"],
              "MedicationStatement/" + medication.id.toString(QUuid::WithoutBraces));
    EXPECT_EQ(a["medicationCodeableConcept"]["coding"][0]["code"], "1010604");
    EXPECT_EQ(a["dosage"]["dose"]["value"].toDouble(), 1);
    EXPECT_EQ(a["dosage"]["dose"]["unit"], "film");
    EXPECT_EQ(a["meta"]["security"][0]["code"], "R");
    EXPECT_FALSE(a.contains("statusReason"));
    EXPECT_FALSE(a.contains("note"));
}

TEST(MedicationAdministrationMapper, ASkippedDoseIsNotDoneWithItsReasonAndNoDose) {
    const Medication medication = test::sampleClinicDaysMedication();
    const QJsonObject a = administrationOf(
        test::sampleDose(medication, DoseOutcome::Skipped, QStringLiteral("clinic closed\x07")),
        medication);
    EXPECT_EQ(a["status"], "not-done");
    EXPECT_EQ(a["statusReason"][0]["text"], "clinic closed ");
    EXPECT_FALSE(a.contains("dosage"));
    EXPECT_FALSE(a.contains("request"));
}

TEST(MedicationAdministrationMapper, AMarkOfAnotherMedicineIsRefused) {
    const DoseEvent event = test::sampleDose(test::sampleDailyMedication(), DoseOutcome::Taken);
    auto refused = MedicationAdministrationMapper::toMedicationAdministration(
        event, test::sampleAsNeededMedication(), kPatient);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, MappingErrorKind::InvalidInput);
}

TEST(MedicationAdministrationMapper, StatusTimeAndMedicineAreReadStrictly) {
    const Medication medication = test::sampleDailyMedication();
    const QJsonObject good =
        administrationOf(test::sampleDose(medication, DoseOutcome::Taken), medication);
    QJsonObject other = good;
    other["status"] = "in-progress";
    EXPECT_EQ(read(other).error().kind, MappingErrorKind::UnknownCode);
    other["status"] = "entered-in-error";
    EXPECT_EQ(read(other).error().kind, MappingErrorKind::EnteredInError);
    other = good;
    other["effectiveDateTime"] = "2026-03-02";
    EXPECT_EQ(read(other).error().kind, MappingErrorKind::WrongType);
    other = good;
    other["supportingInformation"] =
        test::jsonObject(R"({"a": [{"reference": "Observation/x"}]})")["a"];
    EXPECT_EQ(read(other).error().kind, MappingErrorKind::MissingField);
    EXPECT_EQ(MedicationAdministrationMapper::fromMedicationAdministration(good, "jordan-lee")
                  .error()
                  .kind,
              MappingErrorKind::WrongResource);
}
