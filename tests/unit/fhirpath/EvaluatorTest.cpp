#include "FhirPathTestSupport.h"
#include "fhirpath/Parser.h"
#include "forms/ScoringForms.h"

using namespace stepstone;
using namespace stepstone::fhirpath;
using stepstone::test::evaluateOn;
using stepstone::test::jsonObject;

namespace {

QJsonArray values(const QString& expression, const QJsonObject& resource = {},
                  const QJsonObject& questionnaire = {}) {
    auto result = evaluateOn(expression, resource, questionnaire);
    EXPECT_TRUE(result.ok()) << expression.toStdString() << ": "
                             << (result.ok() ? "" : result.error().describe().toStdString());
    return result.ok() ? *result : QJsonArray{QStringLiteral("<error>")};
}

QString error(const QString& expression, const QJsonObject& resource = {},
              const QJsonObject& questionnaire = {}) {
    auto result = evaluateOn(expression, resource, questionnaire);
    EXPECT_FALSE(result.ok()) << expression.toStdString() << " gave a value";
    return result.ok() ? QString() : result.error().describe();
}

QJsonArray array(std::initializer_list<QJsonValue> items) {
    return QJsonArray(items);
}

const QJsonObject kResponse = jsonObject(R"({"resourceType": "QuestionnaireResponse",
    "status": "in-progress", "item": [
      {"linkId": "a", "answer": [{"valueInteger": 2}]},
      {"linkId": "b", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3",
                                                  "display": "Several days"}}]},
      {"linkId": "c", "answer": [{"valueDecimal": 1.5}, {"valueDecimal": 2.25}]},
      {"linkId": "g", "item": [{"linkId": "g1", "answer": [{"valueString": "inner"}]}]}]})");

} // namespace

// The table of fhirpath 5.2.2 results in the issue's research (§1.1), which a score must match.
TEST(FhirPathEvaluator, MatchesTheReferenceEngineTable) {
    EXPECT_EQ(values("{}.sum()"), QJsonArray());
    EXPECT_EQ(values("%resource.item.where(linkId='zz').answer.value.sum()", kResponse),
              QJsonArray());
    EXPECT_EQ(values("{}.aggregate($this + $total, 0)"), array({0}));
    EXPECT_EQ(values("(1|2|2).sum()"), array({3}));
    EXPECT_EQ(values("(1).combine(2).combine(2).sum()"), array({5}));
    EXPECT_EQ(values("7 / 2 | 7 div 2 | 7 mod 2"), array({3.5, 3, 1}));
    EXPECT_EQ(values("1 / 0"), QJsonArray());
    EXPECT_EQ(values("{} + 1"), QJsonArray());
    EXPECT_EQ(values("'a' + {}"), QJsonArray());
    EXPECT_EQ(values("iif({}, 1, 2)"), array({2}));
    EXPECT_EQ(values("(7/2).round(0)"), array({4}));
    EXPECT_EQ(values("(1.0 + 2).toString()"), array({QStringLiteral("3")}));
    const QJsonObject form = jsonObject(R"({"resourceType": "Questionnaire", "item": [
        {"linkId": "g", "type": "group", "item": [{"linkId": "x", "type": "choice",
          "answerOption": [{"valueCoding": {"code": "a"}, "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 4}]}]}]}]})");
    EXPECT_EQ(values("%questionnaire.repeat(item).where(linkId='x').answerOption"
                     ".where(value.code='a').extension"
                     ".where(url='http://hl7.org/fhir/StructureDefinition/itemWeight').value",
                     kResponse, form),
              array({4}));
}

// The research's PHQ-9 snippet: ordinalValue on odd items, itemWeight on even ones.
TEST(FhirPathEvaluator, WeightsOfThePhq9SnippetSumTo13) {
    const QByteArray form = stepstone::test::builtPhq9();
    std::vector<std::pair<QString, QJsonObject>> answers;
    const int picked[] = {0, 1, 2, 3, 3, 2, 1, 0, 1};
    for (int i = 0; i < 9; ++i) {
        const QString linkId = QStringLiteral("q%1").arg(i + 1);
        answers.emplace_back(linkId, stepstone::test::option(form, linkId, picked[i]));
    }
    const QJsonObject response = stepstone::test::response(answers);
    EXPECT_EQ(values("%resource.item.answer.value.weight().sum()", response, jsonObject(form)),
              array({13}));
    EXPECT_EQ(values("%resource.item.answer.value.weight().count()", response, jsonObject(form)),
              array({9}));
}

TEST(FhirPathEvaluator, WeightComesFromTheAnswerThenTheOptionThenAContainedValueSet) {
    const QJsonObject form = jsonObject(R"({"resourceType": "Questionnaire",
      "contained": [{"resourceType": "ValueSet", "id": "often", "compose": {"include": [
        {"system": "http://example.org/often", "concept": [
          {"code": "daily", "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 3}]},
          {"code": "never"}]}]}}],
      "item": [
        {"linkId": "own", "type": "choice", "answerOption": [{"valueCoding": {"code": "x"}}]},
        {"linkId": "opt", "type": "integer", "answerOption": [{"valueInteger": 7, "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 2}]}]},
        {"linkId": "vs", "type": "choice", "answerValueSet": "#often"},
        {"linkId": "none", "type": "choice", "answerOption": [{"valueCoding": {"code": "y"}}]},
        {"linkId": "far", "type": "choice", "answerOption": [
            {"valueCoding": {"system": "http://loinc.org", "code": "LA1"}}]}]})");
    const QJsonObject response = jsonObject(R"({"resourceType": "QuestionnaireResponse",
      "status": "in-progress", "item": [
        {"linkId": "own", "answer": [{"valueCoding": {"code": "x", "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 5}]}}]},
        {"linkId": "opt", "answer": [{"valueInteger": 7}]},
        {"linkId": "vs", "answer": [{"valueCoding": {"system": "http://example.org/often",
                                                     "code": "daily"}}]},
        {"linkId": "none", "answer": [{"valueCoding": {"code": "y"}}]},
        {"linkId": "far", "answer": [{"valueCoding": {"system": "http://loinc.org",
                                                      "code": "LA1"}}]}]})");
    auto weightOf = [&](const char* linkId) {
        return values(
            QStringLiteral("%resource.item.where(linkId='%1').answer.value.weight()").arg(linkId),
            response, form);
    };
    EXPECT_EQ(weightOf("own"), array({5}));
    EXPECT_EQ(weightOf("opt"), array({2}));
    EXPECT_EQ(weightOf("vs"), array({3}));
    // No score anywhere and nothing to look it up in: no value, never 0.
    EXPECT_EQ(weightOf("none"), QJsonArray());
    EXPECT_EQ(
        values("%resource.item.where(linkId='none').answer.value.weight().sum()", response, form),
        QJsonArray());
    // A LOINC answer without a score in the form: only a terminology server could say.
    EXPECT_TRUE(error("%resource.item.where(linkId='far').answer.value.weight()", response, form)
                    .contains(QStringLiteral("terminology server")));
    EXPECT_TRUE(error("%resource.item.answer.value.weight()", response)
                    .contains(QStringLiteral("%questionnaire")));
}

TEST(FhirPathEvaluator, NavigatesChoiceTypesAndFilters) {
    EXPECT_EQ(values("item.where(linkId='a').answer.value", kResponse), array({2}));
    EXPECT_EQ(values("QuestionnaireResponse.item.where(linkId='b').answer.value.code", kResponse),
              array({QStringLiteral("LA6569-3")}));
    EXPECT_EQ(values("item.where(linkId='c').answer.value.sum()", kResponse), array({3.75}));
    EXPECT_EQ(values("item.where(linkId='c').answer.value.count()", kResponse), array({2}));
    EXPECT_EQ(values("item.where(linkId='c').answer.value.first()", kResponse), array({1.5}));
    EXPECT_EQ(values("item.where(linkId='c').answer.value.last()", kResponse), array({2.25}));
    EXPECT_EQ(values("item.select(linkId)", kResponse),
              array({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                     QStringLiteral("g")}));
    EXPECT_EQ(values("repeat(item).where(linkId='g1').answer.value", kResponse),
              array({QStringLiteral("inner")}));
    EXPECT_EQ(values("item.exists(linkId='g')", kResponse), array({true}));
    EXPECT_EQ(values("item.where(linkId='zz').empty()", kResponse), array({true}));
    EXPECT_EQ(values("item.answer.value.ofType(Coding).display", kResponse),
              array({QStringLiteral("Several days")}));
    EXPECT_EQ(values("item.answer.value.ofType(integer)", kResponse), array({2}));
    EXPECT_EQ(values("item[1].linkId", kResponse), array({QStringLiteral("b")}));
    EXPECT_EQ(values("item.answer.value.ofType(Coding).code.hasValue()", kResponse), array({true}));
    // answerOption and answerValueSet are not choices of answer[x].
    EXPECT_EQ(values("item.answerOption", jsonObject(R"({"item": [{"answerOptionX": 1}]})")),
              QJsonArray());
}

TEST(FhirPathEvaluator, ArithmeticLogicAndText) {
    EXPECT_EQ(values("2 + 3 * 4 - 10 / 4"), array({11.5}));
    EXPECT_EQ(values("-7 div 2 | -7 mod 2"), array({-3, -1}));
    EXPECT_EQ(values("1 div 0 | 1 mod 0"), QJsonArray());
    EXPECT_EQ(values("'a' + 'b' & {} & 'c'"), array({QStringLiteral("abc")}));
    EXPECT_EQ(values("(2.5).round() | (-2.5).round() | (3.14159).round(2)"), array({3, -2, 3.14}));
    EXPECT_EQ(values("(2).power(10) | (-3).abs() | (1).exp().ln().round(9)"), array({1024, 3, 1}));
    EXPECT_EQ(values("(-1).power(0.5)"), QJsonArray());
    EXPECT_EQ(values("(1 < 2 and 'b' >= 'a' and 2 <= 2) = (3 > 4).not()"), array({true}));
    EXPECT_EQ(values("(1 = 1.0) | (0.1 + 0.2 = 0.3) | (1 != 2)"), array({true}));
    EXPECT_EQ(values("({} and false) | ({} or true) | ({} and true).empty()"),
              array({false, true}));
    EXPECT_EQ(values("(false implies {}) | (true xor true)"), array({true, false}));
    EXPECT_EQ(values("(('a' | 'b') contains 'b') | ('c' in ('a' | 'b'))"), array({true, false}));
    EXPECT_EQ(values("('a' | 'b') contains {}"), QJsonArray());
    EXPECT_EQ(values("'recovery'.contains('cover')"), array({true}));
    EXPECT_EQ(values("'12'.toInteger() + '0.5'.toDecimal() + true.toInteger()"), array({13.5}));
    EXPECT_EQ(values("'1.5'.toInteger() | (2.5).toInteger()"), QJsonArray());
    EXPECT_EQ(values("(0.1 + 0.2).toString()"), array({QStringLiteral("0.30000000000000004")}));
    EXPECT_EQ(values("(1 | 2 | 3).aggregate($this + $total, 0)"), array({6}));
    EXPECT_EQ(values("(1 | 2 | 3).aggregate(iif($total.empty(), $this, $total + $this))"),
              array({6}));
    EXPECT_EQ(values("iif(true, 'yes') | iif(false, 'yes')"), array({QStringLiteral("yes")}));
}

TEST(FhirPathEvaluator, NumbersAreWrittenAsJavaScriptWritesThem) {
    EXPECT_EQ(numberText(3), QStringLiteral("3"));
    EXPECT_EQ(numberText(-12.25), QStringLiteral("-12.25"));
    EXPECT_EQ(numberText(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
    EXPECT_EQ(numberText(1e21), QStringLiteral("1e+21"));
    EXPECT_EQ(numberText(1.5e-7), QStringLiteral("1.5e-7"));
    EXPECT_EQ(numberText(0.000001), QStringLiteral("0.000001"));
    EXPECT_EQ(numberText(123456789012), QStringLiteral("123456789012"));
}

TEST(FhirPathEvaluator, EnvironmentAndExtensions) {
    const QJsonObject form = jsonObject(R"({"resourceType": "Questionnaire", "extension": [
        {"url": "http://example.org/a", "valueString": "one"},
        {"url": "http://example.org/b", "valueString": "two"}], "item": [{"linkId": "q",
        "type": "integer", "_text": {"extension": [{"url": "http://example.org/t",
        "valueString": "on a primitive"}]}, "text": "Q"}]})");
    EXPECT_EQ(values("%questionnaire.extension('http://example.org/b').value", kResponse, form),
              array({QStringLiteral("two")}));
    EXPECT_EQ(
        values("%questionnaire.item.text.extension('http://example.org/t').value", kResponse, form),
        array({QStringLiteral("on a primitive")}));
    EXPECT_EQ(values("%ucum"), array({QStringLiteral("http://unitsofmeasure.org")}));

    Environment environment;
    environment.resource = collectionOf(kResponse);
    environment.variables[QStringLiteral("riskCodes")] = {Node{QStringLiteral("LA1"), {}, {}},
                                                          Node{QStringLiteral("LA2"), {}, {}}};
    environment.context = childrenNamed(environment.resource.front(), QStringLiteral("item"));
    auto result = evaluate(QStringLiteral("%riskCodes contains 'LA2' and %context.count() = 4"),
                           environment.resource, environment);
    ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
    EXPECT_EQ(stepstone::test::valuesOf(*result), array({true}));
}

TEST(FhirPathEvaluator, MistakesAreClearErrorsNotCrashes) {
    EXPECT_EQ(error("%nobody"), QStringLiteral("unknown variable %nobody (at character 1)"));
    EXPECT_EQ(error("item.frobnicate()", kResponse),
              QStringLiteral("unknown function frobnicate() (at character 6)"));
    EXPECT_TRUE(error("(1 | 2) + 1").contains(QStringLiteral("2 values where one is needed")));
    EXPECT_TRUE(error("1 + 'a'").contains(QStringLiteral("cannot combine")));
    EXPECT_TRUE(error("1 < 'a'").contains(QStringLiteral("cannot compare")));
    EXPECT_TRUE(error("where(1)").contains(QStringLiteral("a boolean is needed")));
    EXPECT_TRUE(error("iif(true)").contains(QStringLiteral("takes 2 to 3 arguments")));
    EXPECT_TRUE(error("$total").contains(QStringLiteral("outside aggregate")));
    EXPECT_TRUE(error("4 'mg'").contains(QStringLiteral("quantities are not supported")));
    EXPECT_TRUE(error("1 ~ 1").contains(QStringLiteral("not supported")));
    EXPECT_TRUE(error("item.where(linkId = 'a'").contains(QStringLiteral("ends too early")));
    EXPECT_TRUE(error("'open").contains(QStringLiteral("never closed")));
    EXPECT_TRUE(error("1 # 2").contains(QStringLiteral("unexpected character")));
    EXPECT_TRUE(error("").contains(QStringLiteral("empty expression")));
}

// A form's expressions come from the network: each limit refuses with a clear error. Each of
// these tests fails when its check is removed (recorded in the issue 12 report).
TEST(FhirPathLimits, AnExpressionLongerThanTheLimitIsRefused) {
    const QString longOne = QStringLiteral("1") + QStringLiteral(" + 1").repeated(2500);
    const auto tooLong = parse(longOne);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().message, QStringLiteral("longer than 10000 characters"));
}

TEST(FhirPathLimits, ParenthesesNestedDeeperThanTheLimitAreRefused) {
    const QString nested =
        QStringLiteral("(").repeated(200) + u'1' + QStringLiteral(")").repeated(200);
    const auto tooDeep = parse(nested);
    ASSERT_FALSE(tooDeep.ok());
    EXPECT_EQ(tooDeep.error().message, QStringLiteral("nested more than 128 deep"));
}

// A flat chain of operators nests the tree as deep as a chain of parentheses.
TEST(FhirPathLimits, AChainOfOperatorsLongerThanTheLimitIsRefused) {
    const auto chain = parse(QStringLiteral("1") + QStringLiteral(" + 1").repeated(200));
    ASSERT_FALSE(chain.ok());
    EXPECT_EQ(chain.error().message, QStringLiteral("nested more than 128 deep"));
    EXPECT_TRUE(parse(QStringLiteral("1") + QStringLiteral(" + 1").repeated(100)).ok());
}

// Thirty doublings would build a string of a billion characters.
TEST(FhirPathLimits, AStringLongerThanTheLimitEndsTheEvaluation) {
    EXPECT_EQ(error("(1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|"
                    "28|29|30).aggregate($total & $total, 'ab')"),
              QStringLiteral("a string longer than 100000 characters (at character 101)"));
}

// repeat() that always finds something new never ends on its own.
TEST(FhirPathLimits, AnEvaluationLongerThanTheStepBudgetEnds) {
    EXPECT_TRUE(error("(1).repeat($this + 1)").contains(QStringLiteral("more than 1000000 steps")));
}
