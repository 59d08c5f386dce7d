#include "FhirPathTestSupport.h"
#include "forms/FormsOracle.h"
#include "forms/ScoringForms.h"

using namespace stepstone;
using namespace stepstone::test;

// Each expression evaluated by our engine and by the fhirpath package (evaluate.mjs, run now),
// on a PHQ-9 response with answers of other types beside it: the values must agree (numbers
// within ScoringForms.h's tolerance), and neither engine may fail.
TEST(FhirPathOracle, ExpressionsAgreeWithFhirpathJs) {
    const QByteArray formJson = builtPhq9();
    std::vector<std::pair<QString, QJsonObject>> answers;
    for (int i = 0; i < 9; ++i) {
        const QString linkId = QStringLiteral("q%1").arg(i + 1);
        answers.emplace_back(linkId, option(formJson, linkId, (i * 5) % 4));
    }
    QJsonObject resource = response(answers);
    QJsonArray items = resource.value("item").toArray();
    items.append(jsonObject(R"({"linkId": "n", "answer": [{"valueDecimal": 1.5},
                                                          {"valueDecimal": 2.25}]})"));
    items.append(jsonObject(R"({"linkId": "s", "answer": [{"valueString": "Some text"}]})"));
    items.append(jsonObject(
        R"({"linkId": "g", "item": [{"linkId": "g1", "answer": [{"valueInteger": 4}]}]})"));
    resource.insert("item", items);
    const QJsonObject form = jsonObject(formJson);

    const QStringList expressions = {
        "%resource.item.answer.value.ofType(Coding).weight().sum()",
        "item.where(linkId != 'n' and linkId != 's').answer.value.weight().count()",
        "item.where(linkId='q1' or linkId='q2').answer.value.weight()",
        "item.answer.value.ofType(Coding).code.count()",
        "item.where(linkId='n').answer.value.sum()",
        "item.where(linkId='n').answer.value.aggregate($this + $total, 0)",
        "item.where(linkId='n').answer.value.first() * 3 - 0.5",
        "item.where(linkId='n').answer.value.last() / 0.75",
        "item.where(linkId='n').answer.value.select($this * 2)",
        "item.where(linkId='s').answer.value & ' and more'",
        "item.where(linkId='s').answer.value.contains('text')",
        "repeat(item).where(linkId='g1').answer.value",
        "repeat(item).linkId.count()",
        "item.exists(linkId='g') | item.where(linkId='zz').exists()",
        "item.where(linkId='zz').empty()",
        "item.select(linkId).first() | item.select(linkId).last()",
        "(1|2|2).sum()",
        "(1).combine(2).combine(2).sum()",
        "7 / 2 | 7 div 2 | 7 mod 2",
        "-7 div 2 | -7 mod 2",
        "1 / 0",
        "{} + 1",
        "iif({}, 1, 2)",
        "(7/2).round(0) | (3.14159).round(3) | (2.5).round() | (-2.5).round()",
        "(1.0 + 2).toString() | (0.1 + 0.2).toString() | (0.0000001 * 1.5).toString()",
        "(2).power(0.5) | (2).power(10) | (10).ln() | (1.5).exp() | (-4).abs()",
        "'12'.toInteger() + '0.5'.toDecimal() + true.toInteger()",
        "'1.5'.toInteger()",
        "(1 < 2) and ('b' >= 'a')",
        "({} and false) | ({} or true) | (false implies {}) | (true xor true)",
        "(('a' | 'b') contains 'b') | ('c' in ('a' | 'b'))",
        "('a' | 'b') contains {}",
        "iif(item.count() > 3, 'many', 'few')",
        "item.where(linkId='q1').answer.value.code = 'LA6568-5'",
        "item.where(linkId='q1').answer.value != item.where(linkId='q2').answer.value",
        "%questionnaire.item.where(linkId='q3').answerOption.value.code",
        "%questionnaire.repeat(item).where(linkId='q4').answerOption.extension.value.sum()",
        "%questionnaire.item.where(linkId='q2').answerOption[1]"
        ".extension('http://hl7.org/fhir/StructureDefinition/itemWeight').value",
        "(1 | 2 | 3).where($this > 1).count() | (4 | 5).select($index)",
        "item[2].linkId",
        "item.where(linkId='s').answer.value.hasValue()",
        "QuestionnaireResponse.item.count() = 12 and status = 'in-progress'",
        "((1 | 2).count() * 2.5).round(1).toString() & '%'",
    };
    const QJsonArray theirs = oracleEvaluations(resource, form, expressions);
    ASSERT_EQ(theirs.size(), expressions.size());
    for (qsizetype i = 0; i < expressions.size(); ++i) {
        const QJsonObject oracle = theirs.at(i).toObject();
        const auto ours = evaluateOn(expressions[i], resource, form);
        EXPECT_FALSE(oracle.contains("error"))
            << expressions[i].toStdString()
            << ": fhirpath.js: " << oracle.value("error").toString().toStdString();
        if (!ours.ok()) {
            ADD_FAILURE() << expressions[i].toStdString() << ": "
                          << ours.error().describe().toStdString();
            continue;
        }
        EXPECT_TRUE(sameValue(*ours, oracle.value("value")))
            << expressions[i].toStdString() << "\n  ours:       "
            << QJsonDocument(*ours).toJson(QJsonDocument::Compact).toStdString()
            << "\n  fhirpath.js: "
            << QJsonDocument(oracle.value("value").toArray())
                   .toJson(QJsonDocument::Compact)
                   .toStdString();
    }
}
