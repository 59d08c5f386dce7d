#include "forms/CrisisPrompt.h"

#include "fhirpath/Evaluator.h"

#include <QJsonArray>

namespace stepstone::forms {

namespace {

constexpr QLatin1String
    kOfferCrisisLines("https://stepstone.example/fhir/StructureDefinition/offer-crisis-lines");

// Whether `test` holds for the expression of any offer-crisis-lines extension under `items`.
template <class Test>
bool anyPrompt(const std::vector<QuestionnaireItem>& items, const Test& test) {
    for (const QuestionnaireItem& item : items) {
        for (const auto& extension : item.json.value(QLatin1String("extension")).toArray()) {
            const QJsonObject object = extension.toObject();
            if (object.value(QLatin1String("url")).toString() == kOfferCrisisLines &&
                test(object.value(QLatin1String("valueExpression"))
                         .toObject()
                         .value(QLatin1String("expression"))
                         .toString()))
                return true;
        }
        if (anyPrompt(item.items, test))
            return true;
    }
    return false;
}

} // namespace

bool offersCrisisLines(const Questionnaire& questionnaire, const QJsonObject& response) {
    fhirpath::Environment where;
    where.resource = fhirpath::collectionOf(response);
    where.questionnaire = fhirpath::collectionOf(questionnaire.json);
    return anyPrompt(questionnaire.items, [&](const QString& expression) {
        const auto result = fhirpath::evaluate(expression, where.resource, where);
        return result && result->size() == 1 && result->front().value.toBool();
    });
}

bool asksCrisisLines(const Questionnaire& questionnaire) {
    return anyPrompt(questionnaire.items, [](const QString&) { return true; });
}

} // namespace stepstone::forms
