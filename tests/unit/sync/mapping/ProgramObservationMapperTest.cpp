#include "sync/mapping/ProgramObservationMapper.h"

#include "MappingTestJson.h"
#include "SampleDayToDay.h"

#include <QJsonArray>

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");
const char* const kProgramSystem = "https://stepstone.example/fhir/CodeSystem/program";
const char* const kLevelSystem = "https://stepstone.example/fhir/CodeSystem/program-level";

QJsonObject observationOf(const Program& program) {
    auto observation = ProgramObservationMapper::toObservation(program, kPatient);
    EXPECT_TRUE(observation.ok()) << observation.error().describe().toStdString();
    return observation.ok() ? *observation : QJsonObject();
}

Result<ServerProgram, MappingError> read(const QJsonObject& observation) {
    return ProgramObservationMapper::fromObservation(observation, kPatient);
}

MappingErrorKind refusal(const QJsonObject& observation) {
    auto back = read(observation);
    EXPECT_FALSE(back.ok()) << test::compact(observation);
    return back.ok() ? MappingErrorKind::InvalidInput : back.error().kind;
}

QJsonObject stepDownComponent(const QString& date) {
    return QJsonObject{
        {"code", QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", kProgramSystem},
                                                               {"code", "step-down-date"}}}}}},
        {"valueDateTime", date}};
}

QJsonObject level(const char* code) {
    return QJsonObject{
        {"coding", QJsonArray{QJsonObject{{"system", kLevelSystem}, {"code", code}}}}};
}

} // namespace

TEST(ProgramObservationMapper, RoundTripKeepsTheLevelTheStepDownDayAndTheOffset) {
    const Program program = test::sampleProgram();
    auto back = read(observationOf(program));
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(back->id, program.id);
    EXPECT_EQ(back->status, program.status);
    EXPECT_EQ(back->updatedAt, program.updatedAt);
    EXPECT_EQ(back->updatedAt.offsetFromUtc(), -7 * 3600);
}

TEST(ProgramObservationMapper, AftercareWithoutADateRoundTripsWithoutAComponent) {
    Program program = test::sampleProgram();
    program.status = {ProgramLevel::Aftercare, std::nullopt};
    const QJsonObject o = observationOf(program);
    EXPECT_FALSE(o.contains("component"));
    EXPECT_EQ(o["valueCodeableConcept"]["coding"][0]["code"], "aftercare");
    auto back = read(o);
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(back->status, program.status);
}

TEST(ProgramObservationMapper, ObservationFollowsTheClinicContract) {
    Program program = test::sampleProgram();
    program.status.level = ProgramLevel::Outpatient;
    const QJsonObject o = observationOf(program);
    EXPECT_EQ(o["id"], program.id.toString(QUuid::WithoutBraces));
    EXPECT_EQ(o["status"], "final");
    EXPECT_EQ(o["category"][0]["coding"][0]["code"], "social-history");
    EXPECT_EQ(o["code"]["coding"][0]["system"], kProgramSystem);
    EXPECT_EQ(o["code"]["coding"][0]["code"], "treatment-program");
    EXPECT_EQ(o["subject"]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(o["performer"][0]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(o["meta"]["security"][2]["code"], "42CFRPart2");
    EXPECT_EQ(o["effectiveDateTime"], "2026-03-03T18:45:00.333-07:00");
    EXPECT_EQ(o["valueCodeableConcept"]["coding"][0]["system"], kLevelSystem);
    EXPECT_EQ(o["valueCodeableConcept"]["coding"][0]["code"], "outpatient");
    EXPECT_EQ(o["valueCodeableConcept"]["coding"][0]["display"], "Standard outpatient");
    ASSERT_EQ(o["component"].toArray().size(), 1);
    EXPECT_EQ(o["component"][0]["code"]["coding"][0]["code"], "step-down-date");
    EXPECT_EQ(o["component"][0]["valueDateTime"], "2026-04-30");
}

TEST(ProgramObservationMapper, ALevelMissingOrUnknownIsRefused) {
    const QJsonObject good = observationOf(test::sampleProgram());
    QJsonObject o = good;
    o.remove("valueCodeableConcept");
    EXPECT_EQ(refusal(o), MappingErrorKind::MissingField);
    o["valueCodeableConcept"] = level("residential");
    EXPECT_EQ(refusal(o), MappingErrorKind::UnknownCode);
    o["valueCodeableConcept"] = QJsonObject{{"text", "IOP"}};
    EXPECT_EQ(refusal(o), MappingErrorKind::MissingField);
}

TEST(ProgramObservationMapper, AStepDownDateThatIsNotAFullDayOrIsGivenTwiceIsRefused) {
    QJsonObject o = observationOf(test::sampleProgram());
    for (const char* notADay : {"2026-04", "2026-04-30T10:00:00-05:00", "30/04/2026", ""}) {
        o["component"] = QJsonArray{stepDownComponent(notADay)};
        EXPECT_EQ(refusal(o), MappingErrorKind::WrongType) << notADay;
    }
    o["component"] = QJsonArray{stepDownComponent("2026-04-30"), stepDownComponent("2026-05-30")};
    EXPECT_EQ(refusal(o), MappingErrorKind::OutOfRange);
}

TEST(ProgramObservationMapper, AStepDownDateTheModelRefusesIsRefused) {
    QJsonObject o = observationOf(test::sampleProgram());
    o["valueCodeableConcept"] = level("aftercare");
    EXPECT_EQ(refusal(o), MappingErrorKind::OutOfRange); // no level after aftercare
    o["valueCodeableConcept"] = level("iop");
    o["component"] = QJsonArray{stepDownComponent("1999-12-31")};
    EXPECT_EQ(refusal(o), MappingErrorKind::OutOfRange);
    o["component"] = QJsonArray{stepDownComponent("2000-01-01")};
    EXPECT_TRUE(read(o).ok());
}

TEST(ProgramObservationMapper, AnotherPatientATimeWithoutOffsetOrAWithdrawnRecordIsRefused) {
    const QJsonObject good = observationOf(test::sampleProgram());
    EXPECT_EQ(ProgramObservationMapper::fromObservation(good, "jordan-lee").error().kind,
              MappingErrorKind::WrongResource);
    QJsonObject o = good;
    o["effectiveDateTime"] = "2026-03-03T18:45:00";
    EXPECT_EQ(refusal(o), MappingErrorKind::WrongType);
    o.remove("effectiveDateTime");
    EXPECT_EQ(refusal(o), MappingErrorKind::MissingField);
    o = good;
    o["status"] = "entered-in-error";
    EXPECT_EQ(refusal(o), MappingErrorKind::EnteredInError);
    o = good;
    o["code"] = level("iop");
    EXPECT_EQ(refusal(o), MappingErrorKind::WrongResource);
}

TEST(ProgramObservationMapper, WhatTheContractMayGrowIsSkipped) {
    const Program program = test::sampleProgram();
    QJsonObject o = observationOf(program);
    o["status"] = "amended";
    QJsonObject value = o["valueCodeableConcept"].toObject();
    value["coding"] = QJsonArray{QJsonObject{{"system", "http://snomed.info/sct"}, {"code", "x"}},
                                 value["coding"].toArray().first()};
    o["valueCodeableConcept"] = value;
    o["component"] = QJsonArray{
        QJsonObject{
            {"code", QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", kProgramSystem},
                                                                   {"code", "counsellor-name"}}}}}},
            {"valueString", "Sam"}},
        stepDownComponent("2026-04-30")};
    o["note"] = QJsonArray{QJsonObject{{"text", "added by the clinic"}}};
    o["extension"] =
        QJsonArray{QJsonObject{{"url", "https://clinic.example/x"}, {"valueBoolean", true}}};
    auto back = read(o);
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(back->status, program.status);
}

TEST(ProgramObservationMapper, AProgramWithoutAFhirFormIsRefusedNotSent) {
    Program program = test::sampleProgram();
    program.status.level = ProgramLevel::Aftercare;
    EXPECT_EQ(ProgramObservationMapper::toObservation(program, kPatient).error().kind,
              MappingErrorKind::InvalidInput);
    program = test::sampleProgram();
    program.updatedAt = QDateTime();
    EXPECT_EQ(ProgramObservationMapper::toObservation(program, kPatient).error().kind,
              MappingErrorKind::InvalidInput);
    program = test::sampleProgram();
    program.id = QUuid();
    EXPECT_EQ(ProgramObservationMapper::toObservation(program, kPatient).error().kind,
              MappingErrorKind::InvalidInput);
    EXPECT_EQ(
        ProgramObservationMapper::toObservation(test::sampleProgram(), "not/an id").error().kind,
        MappingErrorKind::InvalidInput);
}
