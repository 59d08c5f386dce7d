#include "forms/Scoring.h"

#include "FormsOracle.h"
#include "ScoringForms.h"
#include "TestFiles.h"
#include "forms/QuestionnaireParser.h"

#include <QJsonArray>
#include <cmath>

using namespace stepstone::forms;
using stepstone::test::oracleScores;
using stepstone::test::sdcExamplePath;
using namespace stepstone::test;

namespace {

std::string text(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

Questionnaire parsed(const QByteArray& json) {
    auto form = parseQuestionnaire(json);
    EXPECT_TRUE(form.ok()) << (form.ok() ? "" : form.error().describe().toStdString());
    return form.ok() ? *form : Questionnaire{};
}

// Scores the response with our engine and with fhirpath.js, and compares them.
void expectOracleScores(const QByteArray& formJson, const QJsonObject& response) {
    const Scores ours = scoreResponse(parsed(formJson), response);
    const QJsonObject theirs = oracleScores(formJson, response);
    EXPECT_TRUE(sameValue(ours.values, theirs))
        << "ours:   " << text(ours.values) << "\noracle: " << text(theirs)
        << "\nresponse: " << text(response);
    for (const auto& problem : ours.problems)
        ADD_FAILURE() << problem.linkId.toStdString() << " " << problem.expression.toStdString()
                      << ": " << problem.message.toStdString();
}

} // namespace

// SDC Hunger Vital Sign: root variables, item variables, iif, combine, contains, exists and an
// answerOption read from %questionnaire; pairs of answers (a risk, no risk, don't know, none).
TEST(Scoring, HungerVitalSignAgreesWithFhirpathJs) {
    const QByteArray form = stepstone::test::readAll(
        sdcExamplePath("Questionnaire-questionnaire-sdc-profile-example-hunger-vital-signs.json"));
    ASSERT_FALSE(form.isEmpty());
    const QString worried = QStringLiteral("/88122-7");
    const QString ranOut = QStringLiteral("/88123-5");
    for (const int w : {-1, 1, 2, 3}) {
        for (const int r : {-1, 1, 2, 3}) {
            std::vector<std::pair<QString, QJsonObject>> answers;
            if (w >= 0)
                answers.emplace_back(worried, option(form, worried, w));
            if (r >= 0)
                answers.emplace_back(ranOut, option(form, ranOut, r));
            expectOracleScores(form, response(answers));
        }
    }
    // And one check by hand that the comparison is not of two empty objects.
    const Scores atRisk =
        scoreResponse(parsed(form), response({{worried, option(form, worried, 0)}}));
    EXPECT_EQ(atRisk.values.value("/88124-3").toObject().value("code").toString(),
              QStringLiteral("LA19952-3"));
}

// SDC weight and height panel: BMI = (weight / (inches * 0.0254)^2).round(1).
TEST(Scoring, BodyMassIndexAgreesWithFhirpathJs) {
    const QByteArray form = stepstone::test::readAll(sdcExamplePath(
        "Questionnaire-questionnaire-sdc-profile-example-weight-height-tracking-panel.json"));
    ASSERT_FALSE(form.isEmpty());
    const std::optional<double> weights[] = {std::nullopt, 60, 118.3};
    const std::optional<double> heights[] = {std::nullopt, 0, 70.25};
    for (const auto& weight : weights) {
        for (const auto& height : heights) {
            std::vector<std::pair<QString, QJsonObject>> answers;
            if (weight)
                answers.emplace_back("/29463-7", answer(*weight, "Decimal"));
            if (height)
                answers.emplace_back("/8302-2", answer(*height, "Decimal"));
            expectOracleScores(form, response(answers));
        }
    }
    const Scores bmi = scoreResponse(
        parsed(form),
        response({{"/29463-7", answer(72.5, "Decimal")}, {"/8302-2", answer(70.25, "Decimal")}}));
    EXPECT_EQ(bmi.values.value("/39156-5").toDouble(), 22.8); // 72.5 kg / (1.784 m)^2 = 22.77
}

// SDC Framingham (LHC): 14 variables with relative paths, ln, exp, power, round, & and |.
TEST(Scoring, FraminghamRiskAgreesWithFhirpathJs) {
    const QByteArray form = stepstone::test::readAll(
        sdcExamplePath("Questionnaire-questionnaire-sdc-profile-example-framingham-hchd-lhc.json"));
    ASSERT_FALSE(form.isEmpty());
    struct Person {
        double age;
        int gender; // 0 male, 1 female
        int smokes; // 0 yes, 1 no
        double systolic, cholesterol, hdl;
        int antihypertensive; // 0 yes, 1 no, -1 not answered
    };
    const Person people[] = {
        {50, 1, 0, 130, 200, 50, 0}, {80, 1, 1, 115, 180, 60, 1}, {45, 0, 0, 142, 233, 38, 1},
        {75, 0, 1, 118, 190, 55, 0}, {62, 0, 0, 160, 250, 40, 0}, {62, 0, 0, 160, 250, 40, -1},
    };
    for (const Person& p : people) {
        std::vector<std::pair<QString, QJsonObject>> answers = {
            {"/age", answer(p.age, "Decimal")},
            {"/46098-0", option(form, "/46098-0", p.gender)},
            {"/smokes", option(form, "/smokes", p.smokes)},
            {"/8480-6", answer(p.systolic, "Decimal")},
            {"/2093-3", answer(p.cholesterol, "Decimal")},
            {"/2085-9", answer(p.hdl, "Decimal")},
        };
        if (p.antihypertensive >= 0)
            answers.emplace_back("/antihypertensive",
                                 option(form, "/antihypertensive", p.antihypertensive));
        expectOracleScores(form, response(answers));
        const Scores ours = scoreResponse(parsed(form), response(answers));
        EXPECT_EQ(ours.values.contains("riskPercentage"), p.antihypertensive >= 0);
    }
}

namespace {

QJsonObject phq9Response(const QByteArray& form, const std::vector<int>& picked) {
    std::vector<std::pair<QString, QJsonObject>> answers;
    for (size_t i = 0; i < picked.size(); ++i)
        if (picked[i] >= 0) {
            const QString linkId = QStringLiteral("q%1").arg(i + 1);
            answers.emplace_back(linkId, option(form, linkId, picked[i]));
        }
    return response(answers);
}

} // namespace

TEST(Scoring, BuiltPhq9AgreesWithFhirpathJs) {
    const QByteArray form = builtPhq9();
    const std::vector<std::vector<int>> patterns = {
        {0, 1, 2, 3, 3, 2, 1, 0, 1},          {0, 0, 0, 0, 0, 0, 0, 0, 0},
        {3, 3, 3, 3, 3, 3, 3, 3, 3},          {2, 2, 1, 1, 0, -1, 3, -1, 2},
        {-1, -1, -1, -1, -1, -1, -1, -1, -1}, {1, 1, 1, 1, 1, 0, 0, 0, 0}};
    for (const auto& picked : patterns)
        expectOracleScores(form, phq9Response(form, picked));
    const Scores snippet = scoreResponse(parsed(form), phq9Response(form, patterns[0]));
    EXPECT_EQ(snippet.values.value("total").toDouble(), 13);
    EXPECT_EQ(snippet.values.value("severity").toString(), QStringLiteral("moderate"));
    // Nothing answered: no total and no band, not 0 and "minimal".
    const Scores none = scoreResponse(parsed(form), phq9Response(form, patterns[4]));
    EXPECT_TRUE(none.values.isEmpty()) << text(none.values);
}

// The SDC PHQ-9 example cannot be scored offline (its answers sit in a group its expression does
// not look into, and its weights need a terminology server): no score, never 0.
TEST(Scoring, SdcPhq9ExampleHasNoScoreRatherThanZero) {
    const QByteArray form = stepstone::test::readAll(
        sdcExamplePath("Questionnaire-questionnaire-sdc-profile-example-PHQ9.json"));
    const QJsonObject answered =
        QJsonDocument::fromJson(
            stepstone::test::readAll(sdcExamplePath(
                "QuestionnaireResponse-questionnaireresponse-sdc-profile-example-PHQ9.json")))
            .object();
    ASSERT_FALSE(form.isEmpty());
    ASSERT_FALSE(answered.isEmpty());
    const Scores ours = scoreResponse(parsed(form), answered);
    EXPECT_FALSE(ours.values.contains("H1/TS")) << text(ours.values);
    EXPECT_TRUE(sameValue(ours.values, oracleScores(form, answered)));
}

// Inside a repeating group, an item is computed once per instance of the group.
TEST(Scoring, RepeatingGroupGivesOneValuePerInstance) {
    const QByteArray form = R"json({"resourceType": "Questionnaire", "status": "active", "item": [
        {"linkId": "medicine", "type": "group", "repeats": true, "item": [
          {"linkId": "tablets", "type": "integer"},
          {"linkId": "weekly", "type": "integer", "readOnly": true, "extension": [
            {"url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
             "valueExpression": {"language": "text/fhirpath",
               "expression": "%context.item.where(linkId='tablets').answer.value * 7"}}]}]}]})json";
    const QJsonObject answered =
        QJsonDocument::fromJson(R"json({"resourceType": "QuestionnaireResponse",
      "status": "in-progress", "item": [
        {"linkId": "medicine", "item": [{"linkId": "tablets", "answer": [{"valueInteger": 2}]}]},
        {"linkId": "medicine", "item": []},
        {"linkId": "medicine", "item": [{"linkId": "tablets", "answer": [{"valueInteger": 1}]}]}]})json")
            .object();
    const Scores ours = scoreResponse(parsed(form), answered);
    EXPECT_EQ(ours.values.value("weekly"), (QJsonArray{14, QJsonValue(), 7}));
    EXPECT_TRUE(ours.problems.empty());
}

// An expression that fails is reported with its item and gives no value; what depends on a
// failed variable gives none either.
TEST(Scoring, FailingExpressionsAreReportedAndGiveNoValue) {
    const QByteArray form = R"json({"resourceType": "Questionnaire", "status": "active",
      "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/variable",
        "valueExpression": {"name": "broken", "language": "text/fhirpath",
                            "expression": "%resource.item.frobnicate()"
}
}],
      "item": [
        {"linkId": "a", "type": "integer", "extension": [
          {"url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
           "valueExpression": {"language": "text/fhirpath", "expression": "%broken + 1"}}]},
        {"linkId": "b", "type": "integer", "extension": [
          {"url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
           "valueExpression": {"language": "text/cql", "expression": "1"}}]},
        {"linkId": "c", "type": "integer", "extension": [
          {"url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
           "valueExpression": {"language": "text/fhirpath", "expression": "(1 + "}}]}]
})json";
    const Scores ours = scoreResponse(parsed(form), response({}));
    EXPECT_TRUE(ours.values.isEmpty()) << text(ours.values);
    ASSERT_EQ(ours.problems.size(), 4u);
    EXPECT_EQ(ours.problems[0].expression, QStringLiteral("variable broken"));
    EXPECT_TRUE(ours.problems[0].message.contains(QStringLiteral("unknown function frobnicate()")));
    EXPECT_EQ(ours.problems[1].linkId, QStringLiteral("a"));
    EXPECT_TRUE(ours.problems[1].message.contains(QStringLiteral("unknown variable %broken")));
    EXPECT_TRUE(ours.problems[2].message.contains(QStringLiteral("text/cql is not FHIRPath")));
    EXPECT_TRUE(ours.problems[3].message.contains(QStringLiteral("ends too early")));
}
