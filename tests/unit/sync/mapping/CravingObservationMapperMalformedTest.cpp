#include "MappingTestJson.h"
#include "sync/mapping/CravingObservationMapper.h"

#include <QJsonArray>
#include <functional>

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");

QJsonObject validObservation() {
    return test::jsonObject(R"json({
      "resourceType": "Observation", "id": "6f1c1e7a-3b1d-4a39-9b5e-0f3f2f1f9a10",
      "status": "final",
      "code": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving", "code": "craving-log"}]},
      "subject": {"reference": "Patient/alex-rivera"},
      "effectiveDateTime": "2026-03-01T18:30:00.250+02:00",
      "valueInteger": 7,
      "component": [
        {"code": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving", "code": "trigger"}]},
         "valueCodeableConcept": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving-trigger", "code": "hungry"}]}},
        {"code": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving", "code": "coping-skill"}]},
         "valueCodeableConcept": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/coping-skill", "code": "urge-surfing"}]}},
        {"code": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving", "code": "outcome"}]},
         "valueCodeableConcept": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving-outcome", "code": "passed"}]}}
      ],
      "note": [{"text": "Payday"}]
    })json");
}

// Replaces component[index].valueCodeableConcept.
QJsonObject withComponentValue(qsizetype index, const QJsonValue& value) {
    QJsonObject o = validObservation();
    QJsonArray components = o["component"].toArray();
    QJsonObject component = components[index].toObject();
    component["valueCodeableConcept"] = value;
    components[index] = component;
    o["component"] = components;
    return o;
}

QJsonObject with(const char* key, const QJsonValue& value) {
    QJsonObject o = validObservation();
    o[QLatin1String(key)] = value;
    return o;
}

QJsonObject without(const char* key) {
    QJsonObject o = validObservation();
    o.remove(QLatin1String(key));
    return o;
}

QJsonValue outcomeCode(const char* code) {
    return test::jsonObject(
        (std::string(
             R"json({"v": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving-outcome", "code": ")json") +
         code + R"json("}]}})json")
            .c_str())["v"];
}

struct Case {
    const char* what;
    QJsonObject observation;
    MappingErrorKind expected;
};

} // namespace

TEST(CravingObservationMapperMalformed, ValidBaseObservationIsAccepted) {
    auto read = CravingObservationMapper::fromObservation(validObservation(), kPatient);
    ASSERT_TRUE(read.ok()) << read.error().describe().toStdString();
    EXPECT_EQ(read->entry.triggers, CravingTriggers(CravingTrigger::Hungry));
    EXPECT_EQ(read->entry.copingSkillId, "urge-surfing");
}

TEST(CravingObservationMapperMalformed, EveryMalformedObservationIsAClearErrorNeverACrash) {
    QJsonObject twoOutcomes = validObservation();
    QJsonArray components = twoOutcomes["component"].toArray();
    components.append(components.last());
    twoOutcomes["component"] = components;

    QJsonObject noOutcome = validObservation();
    components = noOutcome["component"].toArray();
    components.removeLast();
    noOutcome["component"] = components;

    QJsonArray deep = QJsonArray{1};
    for (int i = 0; i < 200; ++i)
        deep = QJsonArray{deep};

    const std::vector<Case> cases = {
        {"empty object", QJsonObject(), MappingErrorKind::WrongResource},
        {"another resource type", with("resourceType", "Patient"), MappingErrorKind::WrongResource},
        {"resourceType as number", with("resourceType", 5), MappingErrorKind::WrongResource},
        {"missing code", without("code"), MappingErrorKind::MissingField},
        {"code as string", with("code", "craving-log"), MappingErrorKind::WrongType},
        {"code.coding as object", with("code", QJsonObject{{"coding", QJsonObject()}}),
         MappingErrorKind::WrongType},
        {"another code",
         with("code",
              test::jsonObject(
                  R"json({"coding": [{"system": "http://loinc.org", "code": "72514-3"}]})json")),
         MappingErrorKind::WrongResource},
        {"missing status", without("status"), MappingErrorKind::MissingField},
        {"preliminary status", with("status", "preliminary"), MappingErrorKind::UnknownCode},
        {"entered in error", with("status", "entered-in-error"), MappingErrorKind::EnteredInError},
        {"missing subject", without("subject"), MappingErrorKind::MissingField},
        {"another patient", with("subject", QJsonObject{{"reference", "Patient/jordan-lee"}}),
         MappingErrorKind::WrongResource},
        {"subject a group", with("subject", QJsonObject{{"reference", "Group/alex-rivera"}}),
         MappingErrorKind::WrongResource},
        {"subject as string", with("subject", "Patient/alex-rivera"), MappingErrorKind::WrongType},
        {"missing id", without("id"), MappingErrorKind::MissingField},
        {"id not a UUID", with("id", "craving-1"), MappingErrorKind::WrongType},
        {"id with braces", with("id", "{6f1c1e7a-3b1d-4a39-9b5e-0f3f2f1f9a10}"),
         MappingErrorKind::WrongType},
        {"missing effectiveDateTime", without("effectiveDateTime"), MappingErrorKind::MissingField},
        {"effective date only", with("effectiveDateTime", "2026-03-01"),
         MappingErrorKind::WrongType},
        {"effective without timezone", with("effectiveDateTime", "2026-03-01T18:30:00"),
         MappingErrorKind::WrongType},
        {"effective impossible day", with("effectiveDateTime", "2026-02-30T18:30:00Z"),
         MappingErrorKind::WrongType},
        {"effective as number", with("effectiveDateTime", 1772388600), MappingErrorKind::WrongType},
        {"issued not a time", with("issued", "yesterday"), MappingErrorKind::WrongType},
        {"missing intensity", without("valueInteger"), MappingErrorKind::MissingField},
        {"intensity null", with("valueInteger", QJsonValue::Null), MappingErrorKind::MissingField},
        {"intensity as string", with("valueInteger", "7"), MappingErrorKind::WrongType},
        {"intensity fractional", with("valueInteger", 7.5), MappingErrorKind::WrongType},
        {"intensity as bool", with("valueInteger", true), MappingErrorKind::WrongType},
        {"intensity 11", with("valueInteger", 11), MappingErrorKind::OutOfRange},
        {"intensity -1", with("valueInteger", -1), MappingErrorKind::OutOfRange},
        {"intensity huge", with("valueInteger", 1e300), MappingErrorKind::OutOfRange},
        {"component as object", with("component", QJsonObject()), MappingErrorKind::WrongType},
        {"component entry a number", with("component", QJsonArray{42}),
         MappingErrorKind::WrongType},
        {"component nested garbage", with("component", deep), MappingErrorKind::WrongType},
        {"outcome value a string", withComponentValue(2, "passed"), MappingErrorKind::WrongType},
        {"outcome coding a string", withComponentValue(2, QJsonObject{{"coding", "passed"}}),
         MappingErrorKind::WrongType},
        {"outcome without value", withComponentValue(2, QJsonValue::Undefined),
         MappingErrorKind::MissingField},
        {"unknown outcome", withComponentValue(2, outcomeCode("relapsed")),
         MappingErrorKind::UnknownCode},
        {"outcome code as number",
         withComponentValue(
             2,
             test::jsonObject(
                 R"json({"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving-outcome", "code": 1}]})json")),
         MappingErrorKind::WrongType},
        {"two outcomes", twoOutcomes, MappingErrorKind::OutOfRange},
        {"no outcome", noOutcome, MappingErrorKind::MissingField},
        {"trigger value an array", withComponentValue(0, QJsonArray{}),
         MappingErrorKind::WrongType},
        {"skill code with spaces",
         withComponentValue(
             1,
             test::jsonObject(
                 R"json({"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/coping-skill", "code": " x  y"}]})json")),
         MappingErrorKind::OutOfRange},
        {"note as string", with("note", "Payday"), MappingErrorKind::WrongType},
        {"note entry a string", with("note", QJsonArray{"Payday"}), MappingErrorKind::WrongType},
        {"note text a number", with("note", QJsonArray{QJsonObject{{"text", 5}}}),
         MappingErrorKind::WrongType},
        {"note over the limit",
         with("note", QJsonArray{QJsonObject{
                          {"text", QString(CravingEntry::kMaxNoteLength + 1, QLatin1Char('x'))}}}),
         MappingErrorKind::OutOfRange},
        {"note of 1 MB",
         with("note", QJsonArray{QJsonObject{{"text", QString(1024 * 1024, QChar(0x00e9))}}}),
         MappingErrorKind::OutOfRange},
        {"meta as array", with("meta", QJsonArray{}), MappingErrorKind::WrongType},
        {"versionId as number", with("meta", QJsonObject{{"versionId", 3}}),
         MappingErrorKind::WrongType},
    };
    for (const Case& c : cases) {
        auto read = CravingObservationMapper::fromObservation(c.observation, kPatient);
        ASSERT_FALSE(read.ok()) << c.what;
        EXPECT_EQ(read.error().kind, c.expected)
            << c.what << ": " << read.error().describe().toStdString();
        EXPECT_FALSE(read.error().field.isEmpty()) << c.what;
    }
}

TEST(CravingObservationMapperMalformed, ErrorsNameTheFieldButNeverQuoteTheClientsWords) {
    const QString secret = QStringLiteral("I relapsed at Sam's place");
    auto read = CravingObservationMapper::fromObservation(
        with("note", QJsonArray{QJsonObject{{"text", secret.repeated(200)}}}), kPatient);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().field, "Observation.note[0].text");
    EXPECT_FALSE(read.error().describe().contains(QLatin1String("relapsed")));

    read = CravingObservationMapper::fromObservation(
        withComponentValue(2, outcomeCode("secret-word")), kPatient);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().field, "Observation.component[2].valueCodeableConcept");
    EXPECT_FALSE(read.error().describe().contains(QLatin1String("secret-word")));
}

TEST(CravingObservationMapperMalformed, UnknownTriggersComponentsAndFieldsAreSkipped) {
    QJsonObject o = withComponentValue(
        0,
        test::jsonObject(
            R"json({"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving-trigger", "code": "boredom"}]})json"));
    QJsonArray components = o["component"].toArray();
    components.append(
        test::jsonObject(R"json({"code": {"text": "no coding at all"}, "valueString": "x"})json"));
    components.append(test::jsonObject(
        R"json({"code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]}, "valueQuantity": {"value": 96}})json"));
    components.append(test::jsonObject(
        R"json({"code": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving", "code": "trigger"}]},
        "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "73595000"}]}})json"));
    o["component"] = components;
    o["futureField"] = QJsonObject{{"nested", QJsonArray{1, "two", QJsonObject()}}};
    o["_status"] = QJsonObject{{"extension", QJsonArray{}}};

    auto read = CravingObservationMapper::fromObservation(o, kPatient);
    ASSERT_TRUE(read.ok()) << read.error().describe().toStdString();
    EXPECT_EQ(read->entry.triggers, CravingTriggers());
    EXPECT_EQ(read->entry.outcome, CravingOutcome::Passed);
}

TEST(CravingObservationMapperMalformed, IntensityWrittenAsWholeDecimalIsAccepted) {
    auto read = CravingObservationMapper::fromObservation(with("valueInteger", 7.0), kPatient);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->entry.intensity, 7);
}
