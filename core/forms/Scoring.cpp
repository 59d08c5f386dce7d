#include "forms/Scoring.h"

#include "fhirpath/Evaluator.h"
#include "fhirpath/Parser.h"

#include <QJsonArray>
#include <map>

namespace stepstone::forms {

namespace {

using fhirpath::Collection;
using fhirpath::Node;

const QLatin1String kVariable("http://hl7.org/fhir/StructureDefinition/variable");
const QLatin1String kCalculated(
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression");

// Where expressions are evaluated: one instance of an item in the response, with the
// variables the items above it defined.
struct Scope {
    Node context;
    std::map<QString, Collection> variables;
};

struct Expression {
    QString name; // a variable's; empty for a calculatedExpression
    QString language;
    QString text;
};

std::vector<Expression> expressionsOf(const QJsonObject& element, QLatin1String url) {
    std::vector<Expression> found;
    for (const auto& extension : element.value(QLatin1String("extension")).toArray()) {
        const QJsonObject object = extension.toObject();
        if (object.value(QLatin1String("url")).toString() != url)
            continue;
        const QJsonObject expression = object.value(QLatin1String("valueExpression")).toObject();
        found.push_back({expression.value(QLatin1String("name")).toString(),
                         expression.value(QLatin1String("language")).toString(),
                         expression.value(QLatin1String("expression")).toString()});
    }
    return found;
}

QJsonValue jsonOf(const Collection& values) {
    if (values.empty())
        return QJsonValue::Undefined;
    if (values.size() == 1)
        return values.front().value;
    QJsonArray array;
    for (const auto& value : values)
        array.append(value.value);
    return array;
}

class Scorer {
public:
    Scorer(const Questionnaire& questionnaire, const QJsonObject& response)
        : m_questionnaire(questionnaire) {
        m_environment.resource = fhirpath::collectionOf(response);
        m_environment.questionnaire = fhirpath::collectionOf(questionnaire.json);
    }

    Scores run() {
        Scope root{m_environment.resource.front(), {}};
        define(m_questionnaire.json, QString(), root);
        visit(m_questionnaire.items, {root}, false);
        return std::move(m_scores);
    }

private:
    std::optional<Collection> evaluate(const Expression& expression, const Scope& scope,
                                       const QString& linkId, const QString& what) {
        if (!expression.language.isEmpty() && expression.language != u"text/fhirpath") {
            problem(linkId, what, QStringLiteral("%1 is not FHIRPath").arg(expression.language));
            return std::nullopt;
        }
        auto& parsed = m_parsed[expression.text];
        if (!parsed) {
            auto tree = fhirpath::parse(expression.text);
            if (!tree) {
                problem(linkId, what, tree.error().describe());
                return std::nullopt;
            }
            parsed = *tree;
        }
        m_environment.context = Collection{scope.context};
        m_environment.variables = scope.variables;
        auto result = fhirpath::evaluate(*parsed, {scope.context}, m_environment);
        if (!result) {
            problem(linkId, what, result.error().describe());
            return std::nullopt;
        }
        return std::move(*result);
    }

    // The element's variables, in order, into the scope; one that fails stays undefined.
    void define(const QJsonObject& element, const QString& linkId, Scope& scope) {
        for (const auto& variable : expressionsOf(element, kVariable)) {
            const QString what = QStringLiteral("variable %1").arg(variable.name);
            if (variable.name.isEmpty()) {
                problem(linkId, what, QStringLiteral("a variable without a name"));
                continue;
            }
            if (auto value = evaluate(variable, scope, linkId, what))
                scope.variables[variable.name] = std::move(*value);
        }
    }

    // The response's items for `linkId` under one instance of the enclosing item: among its
    // items, or among its answers' items (a question's children in R4).
    static Collection responseItems(const Node& parent, const QString& linkId) {
        Collection found;
        auto collect = [&](const Collection& items) {
            for (const auto& item : items)
                if (item.value.toObject().value(QLatin1String("linkId")).toString() == linkId)
                    found.push_back(item);
        };
        collect(fhirpath::childrenNamed(parent, QStringLiteral("item")));
        for (const auto& answer : fhirpath::childrenNamed(parent, QStringLiteral("answer")))
            collect(fhirpath::childrenNamed(answer, QStringLiteral("item")));
        return found;
    }

    void visit(const std::vector<QuestionnaireItem>& items, const std::vector<Scope>& parents,
               bool inRepeat) {
        for (const auto& item : items) {
            const bool repeating = inRepeat || item.repeats;
            std::vector<Scope> instances;
            for (const auto& parent : parents) {
                const Collection answered = responseItems(parent.context, item.linkId);
                if (answered.empty())
                    instances.push_back(parent);
                for (const auto& node : answered)
                    instances.push_back(Scope{node, parent.variables});
            }
            const auto calculated = expressionsOf(item.json, kCalculated);
            QJsonArray perInstance;
            bool any = false;
            for (auto& instance : instances) {
                define(item.json, item.linkId, instance);
                QJsonValue value = QJsonValue::Undefined;
                for (const auto& expression : calculated)
                    if (auto result = evaluate(expression, instance, item.linkId,
                                               QStringLiteral("calculatedExpression")))
                        value = jsonOf(*result);
                any = any || !value.isUndefined();
                perInstance.append(value.isUndefined() ? QJsonValue() : value);
            }
            if (any)
                m_scores.values.insert(item.linkId, repeating || perInstance.size() != 1
                                                        ? QJsonValue(perInstance)
                                                        : perInstance.first());
            visit(item.items, instances, repeating);
        }
    }

    void problem(const QString& linkId, const QString& what, const QString& message) {
        m_scores.problems.push_back({linkId, what, message});
    }

    const Questionnaire& m_questionnaire;
    fhirpath::Environment m_environment;
    std::map<QString, fhirpath::AstPtr> m_parsed;
    Scores m_scores;
};

} // namespace

Scores scoreResponse(const Questionnaire& questionnaire, const QJsonObject& response) {
    return Scorer(questionnaire, response).run();
}

} // namespace stepstone::forms
