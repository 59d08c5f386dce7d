#include "forms/CrisisPrompt.h"

#include "fhirpath/Evaluator.h"

#include <QJsonArray>

namespace stepstone::forms {

namespace {

constexpr QLatin1String
    kOfferCrisisLines("https://stepstone.example/fhir/StructureDefinition/offer-crisis-lines");

bool anyOffers(const std::vector<QuestionnaireItem>& items, const fhirpath::Environment& where) {
    for (const QuestionnaireItem& item : items) {
        for (const auto& extension : item.json.value(QLatin1String("extension")).toArray()) {
            const QJsonObject object = extension.toObject();
            if (object.value(QLatin1String("url")).toString() != kOfferCrisisLines)
                continue;
            const QString expression = object.value(QLatin1String("valueExpression"))
                                           .toObject()
                                           .value(QLatin1String("expression"))
                                           .toString();
            const auto result = fhirpath::evaluate(expression, where.resource, where);
            if (result && result->size() == 1 && result->front().value.toBool())
                return true;
        }
        if (anyOffers(item.items, where))
            return true;
    }
    return false;
}

} // namespace

bool offersCrisisLines(const Questionnaire& questionnaire, const QJsonObject& response) {
    fhirpath::Environment where;
    where.resource = fhirpath::collectionOf(response);
    where.questionnaire = fhirpath::collectionOf(questionnaire.json);
    return anyOffers(questionnaire.items, where);
}

} // namespace stepstone::forms
