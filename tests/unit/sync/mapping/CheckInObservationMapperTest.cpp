#include "sync/mapping/CheckInObservationMapper.h"

#include "MappingTestJson.h"
#include "SampleDayToDay.h"

#include <QJsonArray>

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");

QJsonObject observationOf(const CheckIn& checkIn) {
    auto observation = CheckInObservationMapper::toObservation(checkIn, kPatient);
    EXPECT_TRUE(observation.ok()) << observation.error().describe().toStdString();
    return observation.ok() ? *observation : QJsonObject();
}

Result<ServerCheckIn, MappingError> read(const QJsonObject& observation) {
    return CheckInObservationMapper::fromObservation(observation, kPatient);
}

ServerCheckIn roundTrip(const CheckIn& checkIn) {
    auto back = read(observationOf(checkIn));
    EXPECT_TRUE(back.ok()) << back.error().describe().toStdString();
    return back.ok() ? *back : ServerCheckIn{};
}

// The component whose coding has `code`.
QJsonObject component(const QJsonObject& observation, const QString& code) {
    for (const QJsonValue& each : observation[QLatin1String("component")].toArray())
        if (each[QLatin1String("code")][QLatin1String("coding")][0][QLatin1String("code")] == code)
            return each.toObject();
    return {};
}

// `observation` with the component of `code` replaced by `replacement` (removed when empty).
QJsonObject withComponent(QJsonObject observation, const QString& code,
                          const QJsonObject& replacement) {
    QJsonArray list;
    for (const QJsonValue& each : observation[QLatin1String("component")].toArray()) {
        if (each[QLatin1String("code")][QLatin1String("coding")][0][QLatin1String("code")] != code)
            list.append(each);
        else if (!replacement.isEmpty())
            list.append(replacement);
    }
    observation[QLatin1String("component")] = list;
    return observation;
}

} // namespace

TEST(CheckInObservationMapper, RoundTripKeepsEveryAnswerTheDayAndTheOffset) {
    const CheckIn checkIn = test::sampleCheckIn();
    const ServerCheckIn back = roundTrip(checkIn);
    EXPECT_EQ(back.id, checkIn.id);
    EXPECT_EQ(back.day, checkIn.day);
    EXPECT_EQ(back.answers, checkIn.answers);
    EXPECT_EQ(back.answeredAt, checkIn.answeredAt);
    EXPECT_EQ(back.answeredAt.offsetFromUtc(), -5 * 3600);
}

TEST(CheckInObservationMapper, UnansweredSleepStaysUnansweredAndZeroStaysZero) {
    CheckIn checkIn = test::sampleCheckIn();
    checkIn.answers.sleepMinutes.reset();
    EXPECT_TRUE(component(observationOf(checkIn), "93832-4").isEmpty());
    EXPECT_FALSE(roundTrip(checkIn).answers.sleepMinutes.has_value());
    checkIn.answers.sleepMinutes = 0;
    EXPECT_EQ(roundTrip(checkIn).answers.sleepMinutes, std::optional<int>(0));
}

TEST(CheckInObservationMapper, ExtremesOfEveryAnswerRoundTrip) {
    CheckIn checkIn = test::sampleCheckIn();
    for (int scale : {CheckInAnswers::kMinScale, CheckInAnswers::kMaxScale}) {
        checkIn.answers.mood = scale;
        checkIn.answers.craving = CheckInAnswers::kMaxScale - scale;
        checkIn.answers.sleepMinutes = CheckInAnswers::kMaxSleepMinutes;
        checkIn.answers.usedToday = scale == 0;
        checkIn.answers.note = QString(CheckInAnswers::kMaxNoteLength, u'ñ');
        EXPECT_EQ(roundTrip(checkIn).answers, checkIn.answers) << scale;
    }
}

TEST(CheckInObservationMapper, ObservationFollowsTheClinicContract) {
    const CheckIn checkIn = test::sampleCheckIn();
    const QJsonObject o = observationOf(checkIn);
    EXPECT_EQ(o["resourceType"], "Observation");
    EXPECT_EQ(o["id"], checkIn.id.toString(QUuid::WithoutBraces));
    EXPECT_EQ(o["status"], "final");
    EXPECT_EQ(o["code"]["coding"][0]["system"],
              "https://stepstone.example/fhir/CodeSystem/check-in");
    EXPECT_EQ(o["code"]["coding"][0]["code"], "daily-check-in");
    EXPECT_EQ(o["category"][0]["coding"][0]["code"], "survey");
    EXPECT_EQ(o["subject"]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(o["performer"][0]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(o["effectiveDateTime"], "2026-03-01");
    EXPECT_EQ(o["issued"], "2026-03-01T23:30:00.250-05:00");
    EXPECT_EQ(o["meta"]["security"].toArray().size(), 3);
    EXPECT_EQ(o["meta"]["security"][2]["code"], "42CFRPart2");
    EXPECT_FALSE(o.contains("valueInteger"));

    const QJsonObject sleep = component(o, "93832-4");
    EXPECT_EQ(sleep["code"]["coding"][0]["system"], "http://loinc.org");
    EXPECT_EQ(sleep["valueQuantity"]["value"].toInt(), 435);
    EXPECT_EQ(sleep["valueQuantity"]["system"], "http://unitsofmeasure.org");
    EXPECT_EQ(sleep["valueQuantity"]["code"], "min");
    EXPECT_EQ(component(o, "mood")["valueInteger"].toInt(), 6);
    EXPECT_EQ(component(o, "craving")["valueInteger"].toInt(), 3);
    EXPECT_EQ(component(o, "used-today")["valueBoolean"], false);
    EXPECT_EQ(o["note"][0]["text"], checkIn.answers.note);
}

TEST(CheckInObservationMapper, TheDayIsTheClientsEvenWhenTheOffsetCrossesMidnightInUtc) {
    // 00:30 on 2 March in New Delhi is 19:00 on 1 March in UTC: the check-in is still 2 March's.
    CheckIn checkIn = test::sampleCheckIn();
    checkIn.day = QDate(2026, 3, 2);
    checkIn.answeredAt = test::at(2026, 3, 2, 0, 30, 5 * 3600 + 1800);
    EXPECT_EQ(observationOf(checkIn)["effectiveDateTime"], "2026-03-02");
    EXPECT_EQ(roundTrip(checkIn).day, QDate(2026, 3, 2));
}

TEST(CheckInObservationMapper, ControlCharactersInTheNoteBecomeSpacesBlankNoteIsLeftOut) {
    CheckIn checkIn = test::sampleCheckIn();
    checkIn.answers.note = QStringLiteral("tab\there\x0c"
                                          "formfeed");
    EXPECT_EQ(observationOf(checkIn)["note"][0]["text"], "tab\there formfeed");
    checkIn.answers.note = QStringLiteral("   ");
    EXPECT_FALSE(observationOf(checkIn).contains("note"));
}

TEST(CheckInObservationMapper, InvalidCheckInsAreRefusedNotSent) {
    CheckIn checkIn = test::sampleCheckIn();
    checkIn.answers.mood = 11;
    EXPECT_EQ(CheckInObservationMapper::toObservation(checkIn, kPatient).error().kind,
              MappingErrorKind::InvalidInput);
    checkIn = test::sampleCheckIn();
    checkIn.id = QUuid();
    EXPECT_FALSE(CheckInObservationMapper::toObservation(checkIn, kPatient).ok());
    checkIn = test::sampleCheckIn();
    checkIn.day = QDate();
    EXPECT_FALSE(CheckInObservationMapper::toObservation(checkIn, kPatient).ok());
    EXPECT_FALSE(CheckInObservationMapper::toObservation(test::sampleCheckIn(), "a/b").ok());
}

TEST(CheckInObservationMapper, SleepInHoursFromTheClinicReadsAsMinutes) {
    QJsonObject sleep = component(observationOf(test::sampleCheckIn()), "93832-4");
    sleep["valueQuantity"] = test::jsonObject(
        R"({"value": 7.5, "unit": "h", "system": "http://unitsofmeasure.org", "code": "h"})");
    auto back = read(withComponent(observationOf(test::sampleCheckIn()), "93832-4", sleep));
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(back->answers.sleepMinutes, std::optional<int>(450));
}

TEST(CheckInObservationMapper, WrongValuesAreErrorsThatNameTheField) {
    const QJsonObject good = observationOf(test::sampleCheckIn());
    QJsonObject mood = component(good, "mood");
    mood["valueInteger"] = 11;
    EXPECT_EQ(read(withComponent(good, "mood", mood)).error().kind, MappingErrorKind::OutOfRange);
    mood["valueInteger"] = 5.5;
    EXPECT_EQ(read(withComponent(good, "mood", mood)).error().kind, MappingErrorKind::WrongType);

    QJsonObject sleep = component(good, "93832-4");
    sleep["valueQuantity"] =
        test::jsonObject(R"({"value": 7, "system": "http://unitsofmeasure.org", "code": "d"})");
    EXPECT_EQ(read(withComponent(good, "93832-4", sleep)).error().kind,
              MappingErrorKind::UnknownCode);
    sleep["valueQuantity"] = test::jsonObject(
        R"({"value": 1441, "system": "http://unitsofmeasure.org", "code": "min"})");
    EXPECT_EQ(read(withComponent(good, "93832-4", sleep)).error().kind,
              MappingErrorKind::OutOfRange);

    const auto missing = read(withComponent(good, "used-today", {}));
    EXPECT_EQ(missing.error().kind, MappingErrorKind::MissingField);
    EXPECT_EQ(missing.error().field, "Observation.component:used-today");

    QJsonObject twice = good;
    QJsonArray components = twice["component"].toArray();
    components.append(component(good, "craving"));
    twice["component"] = components;
    EXPECT_EQ(read(twice).error().kind, MappingErrorKind::OutOfRange);

    QJsonObject partialDay = good;
    partialDay["effectiveDateTime"] = "2026-03";
    EXPECT_EQ(read(partialDay).error().kind, MappingErrorKind::WrongType);
    QJsonObject noIssued = good;
    noIssued.remove("issued");
    EXPECT_EQ(read(noIssued).error().kind, MappingErrorKind::MissingField);
    QJsonObject twoLines = good;
    twoLines["note"] = test::jsonObject(R"({"a": [{"text": "one\ntwo"}]})")["a"];
    EXPECT_EQ(read(twoLines).error().kind, MappingErrorKind::OutOfRange);
}

TEST(CheckInObservationMapper, AnotherPatientsOrAnotherKindOfObservationIsWrongResource) {
    const QJsonObject good = observationOf(test::sampleCheckIn());
    EXPECT_EQ(CheckInObservationMapper::fromObservation(good, "jordan-lee").error().kind,
              MappingErrorKind::WrongResource);
    QJsonObject craving = good;
    craving["code"] = test::jsonObject(
        R"({"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving", "code": "craving-log"}]})");
    EXPECT_EQ(read(craving).error().kind, MappingErrorKind::WrongResource);
    QJsonObject withdrawn = good;
    withdrawn["status"] = "entered-in-error";
    EXPECT_EQ(read(withdrawn).error().kind, MappingErrorKind::EnteredInError);
}

TEST(CheckInObservationMapper, UnknownComponentsAndFieldsFromANewerAppAreSkipped) {
    QJsonObject newer = observationOf(test::sampleCheckIn());
    QJsonArray components = newer["component"].toArray();
    components.append(test::jsonObject(
        R"({"code": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/check-in", "code": "energy"}]}, "valueInteger": 4})"));
    newer["component"] = components;
    newer["interpretation"] = QJsonArray{};
    auto back = read(newer);
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(back->answers, test::sampleCheckIn().answers);
}
