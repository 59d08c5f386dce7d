// Any bytes as "expression\nresource JSON": the expression parsed and evaluated on the resource
// (also %resource), with a small scored form as %questionnaire and two variables, so weight(),
// choice types and variables are reached.
#include "fhirpath/Evaluator.h"
#include "fhirpath/Parser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>

namespace {

const char kForm[] = R"({"resourceType": "Questionnaire", "contained": [{"resourceType":
  "ValueSet", "id": "vs", "compose": {"include": [{"system": "s", "concept": [{"code": "c",
  "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/itemWeight",
  "valueDecimal": 2}]}]}]}}], "item": [{"linkId": "a", "type": "choice", "answerOption": [
  {"valueCoding": {"system": "s", "code": "c"}, "extension": [{"url":
  "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 1}]}], "item": [
  {"linkId": "b", "type": "choice", "answerValueSet": "#vs"}]}]})";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace stepstone::fhirpath;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype newline = bytes.indexOf('\n');
    const QString expression = QString::fromUtf8(newline < 0 ? bytes : bytes.left(newline));
    auto parsed = parse(expression);
    if (!parsed)
        return 0;
    static const QJsonObject form = QJsonDocument::fromJson(kForm).object();
    Environment environment;
    if (newline >= 0)
        environment.resource =
            collectionOf(QJsonDocument::fromJson(bytes.mid(newline + 1)).object());
    environment.questionnaire = collectionOf(form);
    environment.variables[QStringLiteral("n")] = {Node{1.5, {}, {}}, Node{-2, {}, {}}};
    environment.variables[QStringLiteral("s")] = {Node{QStringLiteral("text"), {}, {}}};
    EvaluationLimits limits;
    limits.maxSteps = 200000; // keeps one input under libFuzzer's -timeout under ASan
    (void)evaluate(**parsed, environment.resource, environment, limits);
    return 0;
}
