#include "forms/QuestionnaireParser.h"

#include <QDir>
#include <QFile>
#include <functional>
#include <gtest/gtest.h>

using namespace stepstone::forms;

namespace {

QByteArray form(const QByteArray& items, const QByteArray& more = {}) {
    return R"({"resourceType": "Questionnaire", "status": "active", )" + more + R"("item": )" +
           items + "}";
}

Questionnaire parsed(const QByteArray& json) {
    auto questionnaire = parseQuestionnaire(json);
    EXPECT_TRUE(questionnaire.ok())
        << (questionnaire.ok() ? std::string() : questionnaire.error().describe().toStdString());
    return questionnaire.ok() ? *questionnaire : Questionnaire{};
}

FormError refused(const QByteArray& json, const QuestionnaireLimits& limits = {}) {
    auto questionnaire = parseQuestionnaire(json, limits);
    EXPECT_FALSE(questionnaire.ok());
    return questionnaire.ok() ? FormError{} : questionnaire.error();
}

// The SDC implementation guide's example forms (CC0), installed by scripts/test into
// tests/fhir-forms: forms nobody on the project wrote.
QDir sdcExamples() {
    return QDir(QStringLiteral(STEPSTONE_FORMS_ORACLE_DIR "/hl7.fhir.uv.sdc/example"));
}

QByteArray sdcExample(const QString& name) {
    QFile file(sdcExamples().filePath(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    return file.readAll();
}

} // namespace

TEST(QuestionnaireParser, EveryItemTypeAndItsSettingsAreRead) {
    const Questionnaire q = parsed(form(R"([
        {"linkId": "g", "type": "group", "repeats": true, "item": [
            {"linkId": "s", "type": "string", "text": "Name", "required": true, "maxLength": 40},
            {"linkId": "n", "type": "integer", "readOnly": true, "initial": [{"valueInteger": 3}],
             "extension": [
                {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                 "valueCodeableConcept": {"coding": [{"code": "slider"}]}},
                {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0},
                {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 10},
                {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue",
                 "valueInteger": 2}]}]},
        {"linkId": "h", "type": "boolean", "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
             "valueBoolean": true}]},
        {"linkId": "d", "type": "display", "text": "Thanks"},
        {"linkId": "t", "type": "text"}, {"linkId": "dec", "type": "decimal"},
        {"linkId": "da", "type": "date"}, {"linkId": "dt", "type": "dateTime"},
        {"linkId": "ti", "type": "time"}, {"linkId": "qu", "type": "quantity"},
        {"linkId": "oc", "type": "open-choice", "answerOption": [{"valueString": "Other"}]}
    ])"));
    ASSERT_EQ(q.items.size(), 10u);
    const QuestionnaireItem& group = q.items[0];
    EXPECT_EQ(group.type, ItemType::Group);
    EXPECT_TRUE(group.repeats);
    ASSERT_EQ(group.items.size(), 2u);
    EXPECT_TRUE(group.items[0].required);
    EXPECT_EQ(group.items[0].maxLength, 40);
    const QuestionnaireItem& slider = group.items[1];
    EXPECT_TRUE(slider.readOnly);
    EXPECT_EQ(slider.itemControl, QStringLiteral("slider"));
    EXPECT_EQ(slider.minValue, 0);
    EXPECT_EQ(slider.maxValue, 10);
    EXPECT_EQ(slider.sliderStep, 2);
    ASSERT_EQ(slider.initial.size(), 1u);
    EXPECT_EQ(std::get<qint64>(slider.initial[0]), 3);
    EXPECT_TRUE(q.items[1].hidden);
    const ItemType types[] = {ItemType::Display,  ItemType::Text,      ItemType::Decimal,
                              ItemType::Date,     ItemType::DateTime,  ItemType::Time,
                              ItemType::Quantity, ItemType::OpenChoice};
    for (size_t i = 0; i < std::size(types); ++i)
        EXPECT_EQ(q.items[i + 2].type, types[i]) << q.items[i + 2].linkId.toStdString();
}

TEST(QuestionnaireParser, UnknownTypesAndElementsAreKeptNotDropped) {
    const Questionnaire q = parsed(form(R"([
        {"linkId": "photo", "type": "attachment", "text": "A photo"},
        {"linkId": "later", "type": "coding", "futureElement": {"a": 1}},
        {"linkId": "far", "type": "choice", "answerValueSet": "http://loinc.org/vs/LL358-3"}
    ])",
                                        R"("publisher": "Riverside", )"));
    ASSERT_EQ(q.items.size(), 3u);
    EXPECT_EQ(q.items[0].type, ItemType::Unsupported);
    EXPECT_EQ(q.items[0].unsupportedReason, QStringLiteral("unsupported-type"));
    EXPECT_EQ(q.items[0].typeName, QStringLiteral("attachment"));
    EXPECT_EQ(q.items[1].type, ItemType::Unsupported);
    EXPECT_TRUE(q.items[1].json.contains(QStringLiteral("futureElement")));
    EXPECT_EQ(q.items[2].unsupportedReason, QStringLiteral("answers-elsewhere"));
    EXPECT_EQ(q.json.value(QStringLiteral("publisher")).toString(), QStringLiteral("Riverside"));
}

TEST(QuestionnaireParser, OptionsWithTheirWeightsFromTheItemOrAContainedValueSet) {
    const Questionnaire q =
        parsed(form(R"([
        {"linkId": "a", "type": "choice", "answerOption": [
            {"valueCoding": {"system": "http://loinc.org", "code": "LA6568-5"}, "extension": [
                {"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 0}]},
            {"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3"},
             "initialSelected": true, "extension": [
                {"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 1}]}]},
        {"linkId": "b", "type": "choice", "answerValueSet": "#often"}
    ])",
                    R"("contained": [{"resourceType": "ValueSet", "id": "often", "status": "active",
        "compose": {"include": [{"system": "http://example.org/often", "concept": [
            {"code": "never", "display": "Never", "extension": [
                {"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueInteger": 0}]},
            {"code": "daily", "display": "Daily", "extension": [
                {"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueInteger": 3}]}
        ]}]}}], )"));
    ASSERT_EQ(q.items[0].answerOptions.size(), 2u);
    EXPECT_EQ(q.items[0].answerOptions[0].weight, 0.0);
    EXPECT_EQ(q.items[0].answerOptions[1].weight, 1.0);
    EXPECT_TRUE(q.items[0].answerOptions[1].initialSelected);
    ASSERT_EQ(q.items[1].answerOptions.size(), 2u);
    EXPECT_EQ(std::get<Coding>(q.items[1].answerOptions[1].value).code, QStringLiteral("daily"));
    EXPECT_EQ(std::get<Coding>(q.items[1].answerOptions[1].value).display, QStringLiteral("Daily"));
    EXPECT_EQ(q.items[1].answerOptions[1].weight, 3.0);
}

TEST(QuestionnaireParser, EnableWhenWithEveryOperatorAndItsBehaviour) {
    const Questionnaire q = parsed(form(R"([
        {"linkId": "n", "type": "integer"},
        {"linkId": "x", "type": "string", "enableBehavior": "any", "enableWhen": [
            {"question": "n", "operator": "exists", "answerBoolean": true},
            {"question": "n", "operator": "=", "answerInteger": 1},
            {"question": "n", "operator": "!=", "answerInteger": 2},
            {"question": "n", "operator": ">", "answerInteger": 3},
            {"question": "n", "operator": "<", "answerInteger": 4},
            {"question": "n", "operator": ">=", "answerInteger": 5},
            {"question": "n", "operator": "<=", "answerInteger": 6}]}
    ])"));
    const QuestionnaireItem& x = q.items[1];
    EXPECT_EQ(x.enableBehavior, EnableBehavior::Any);
    ASSERT_EQ(x.enableWhen.size(), 7u);
    const EnableOperator ops[] = {EnableOperator::Exists,     EnableOperator::Equal,
                                  EnableOperator::NotEqual,   EnableOperator::Greater,
                                  EnableOperator::Less,       EnableOperator::GreaterOrEqual,
                                  EnableOperator::LessOrEqual};
    for (size_t i = 0; i < 7; ++i)
        EXPECT_EQ(x.enableWhen[i].op, ops[i]);
    EXPECT_EQ(std::get<qint64>(x.enableWhen[6].answer), 6);
}

TEST(QuestionnaireParser, AFormThatCannotBeUsedIsRefusedSayingWhereAndWhy) {
    EXPECT_EQ(refused("{").where, QStringLiteral("Questionnaire"));
    EXPECT_EQ(refused(R"({"resourceType": "Patient"})").message,
              QStringLiteral("not a Questionnaire"));
    EXPECT_EQ(refused(form(R"([{"type": "string"}])")).message, QStringLiteral("no linkId"));
    EXPECT_EQ(refused(form(R"([{"linkId": "a", "type": "string"},
                              {"linkId": "a", "type": "integer"}])"))
                  .message,
              QStringLiteral("linkId used twice: a"));
    EXPECT_EQ(refused(form(R"([{"linkId": "a", "type": "string", "enableWhen": [
                  {"question": "gone", "operator": "exists", "answerBoolean": true}]}])"))
                  .where,
              QStringLiteral("Questionnaire.item[0].enableWhen[0]"));
    EXPECT_TRUE(refused(form(R"([{"linkId": "a", "type": "string"},
                  {"linkId": "b", "type": "string", "enableWhen": [
                  {"question": "a", "operator": "~", "answerString": "x"}]}])"))
                    .message.startsWith(QStringLiteral("an operator")));
    EXPECT_EQ(refused(form(R"([{"linkId": "a", "type": "string"},
                  {"linkId": "b", "type": "string", "enableWhen": [
                  {"question": "a", "operator": "exists", "answerString": "x"}]}])"))
                  .message,
              QStringLiteral("exists takes answerBoolean"));
    EXPECT_EQ(refused(form(R"([{"linkId": "a", "type": "date", "initial": [
                  {"valueDate": "2026-12"}]}])"))
                  .message,
              QStringLiteral("a date that is not a whole day"));
}

TEST(QuestionnaireParser, LimitsOnSizeItemsAndDepth) {
    QuestionnaireLimits small;
    small.maxBytes = 100;
    EXPECT_TRUE(
        refused(form(R"([{"linkId": "a", "type": "string", "text": "a long question"}])"), small)
            .message.startsWith(QStringLiteral("larger than 100 bytes")));

    QByteArray many = "[";
    for (int i = 0; i < 2001; ++i)
        many += (i ? "," : "") + QByteArray(R"({"type": "string", "linkId": "i)") +
                QByteArray::number(i) + "\"}";
    EXPECT_EQ(refused(form(many + "]")).message, QStringLiteral("more than 2000 items"));

    QByteArray deep = R"({"linkId": "leaf", "type": "string"})";
    for (int level = 0; level < 13; ++level)
        deep = R"({"linkId": "g)" + QByteArray::number(level) + R"(", "type": "group", "item": [)" +
               deep + "]}";
    EXPECT_EQ(refused(form("[" + deep + "]")).message,
              QStringLiteral("items nested more than 12 deep"));
}

TEST(QuestionnaireParser, TheSdcGuidesExampleFormsAreReadOrRefusedWithAReason) {
    const QStringList names =
        sdcExamples().entryList({QStringLiteral("Questionnaire-*.json")}, QDir::Files);
    ASSERT_GE(names.size(), 25) << "scripts/test installs them into tests/fhir-forms";
    int read = 0;
    for (const QString& name : names) {
        auto questionnaire = parseQuestionnaire(sdcExample(name));
        if (questionnaire.ok())
            ++read;
        else
            ADD_FAILURE() << qPrintable(name) << ": "
                          << qPrintable(questionnaire.error().describe());
    }
    EXPECT_EQ(read, names.size());

    // Its answers name a ValueSet the form does not contain: shown read-only, the form still used.
    const Questionnaire behavior = parsed(sdcExample(
        QStringLiteral("Questionnaire-questionnaire-sdc-profile-example-form-behavior.json")));
    ASSERT_GE(behavior.items.size(), 2u);
    ASSERT_GE(behavior.items[1].items.size(), 3u);
    EXPECT_EQ(behavior.items[1].items[2].type, ItemType::Unsupported);
    EXPECT_EQ(behavior.items[1].items[2].unsupportedReason, QStringLiteral("answers-elsewhere"));

    const Questionnaire enableWhen =
        parsed(sdcExample(QStringLiteral("Questionnaire-questionnaire-sdc-test-enableWhen.json")));
    int conditions = 0;
    std::function<void(const std::vector<QuestionnaireItem>&)> count =
        [&](const std::vector<QuestionnaireItem>& items) {
            for (const QuestionnaireItem& item : items) {
                conditions += int(item.enableWhen.size());
                count(item.items);
            }
        };
    count(enableWhen.items);
    EXPECT_EQ(conditions, 20) << "as many as the form has (counted with node)";
}

TEST(QuestionnaireParser, TheClientsLanguageIsTakenWhereTheFormTranslatesIt) {
    const auto spanish = [](const char* words) {
        return QByteArray(
                   R"({"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/translation",
            "extension": [{"url": "lang", "valueCode": "es"},
                          {"url": "content", "valueString": ")") +
               words + R"("}]}]})";
    };
    const QByteArray json =
        form(R"([{"linkId": "f", "type": "choice", "text": "Feeling", "_text": )" +
                 spanish("Sentimiento") + R"(, "prefix": "1.", "answerOption": [
        {"valueCoding": {"system": "https://example.org/f", "code": "calm", "display": "Calm",
                         "_display": )" +
                 spanish("Tranquilo") + R"(}},
        {"valueString": "Sad", "_valueString": )" +
                 spanish("Triste") + R"(},
        {"valueInteger": 3}]}])",
             R"("title": "Diary", "_title": )" + spanish("Diario") + ", ");
    const Questionnaire es = *parseQuestionnaire(json, {}, QStringLiteral("es"));
    EXPECT_EQ(es.title, QStringLiteral("Diario"));
    EXPECT_EQ(es.items[0].text, QStringLiteral("Sentimiento"));
    EXPECT_EQ(es.items[0].prefix, QStringLiteral("1.")) << "untranslated words stay as written";
    EXPECT_EQ(es.items[0].answerOptions[0].label, QStringLiteral("Tranquilo"));
    EXPECT_EQ(std::get<Coding>(es.items[0].answerOptions[0].value).display, QStringLiteral("Calm"))
        << "the answer itself is the form's, whatever the client read";
    EXPECT_EQ(es.items[0].answerOptions[1].label, QStringLiteral("Triste"));
    EXPECT_EQ(std::get<QString>(es.items[0].answerOptions[1].value), QStringLiteral("Sad"));
    EXPECT_TRUE(es.items[0].answerOptions[2].label.isEmpty());

    const Questionnaire en = *parseQuestionnaire(json);
    EXPECT_EQ(en.title, QStringLiteral("Diary"));
    EXPECT_EQ(en.items[0].text, QStringLiteral("Feeling"));
    EXPECT_EQ(en.items[0].answerOptions[0].label, QStringLiteral("Calm"));
}
