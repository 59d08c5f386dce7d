#pragma once

#include "../../ui/QtPrinters.h"
#include "fhirpath/Evaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

// JSON in a failure message as JSON text (found by argument-dependent lookup, as QtPrinters.h).
inline void PrintTo(const QJsonArray& values, std::ostream* os) {
    *os << QJsonDocument(values).toJson(QJsonDocument::Compact).toStdString();
}

namespace stepstone::test {

inline QJsonObject jsonObject(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}

inline QJsonArray valuesOf(const fhirpath::Collection& collection) {
    QJsonArray values;
    for (const auto& node : collection)
        values.append(node.value);
    return values;
}

// An expression's values on `resource` (also %resource), with %questionnaire.
inline Result<QJsonArray, fhirpath::ExpressionError>
evaluateOn(const QString& expression, const QJsonObject& resource = {},
           const QJsonObject& questionnaire = {}) {
    fhirpath::Environment environment;
    environment.resource = fhirpath::collectionOf(resource);
    if (!questionnaire.isEmpty())
        environment.questionnaire = fhirpath::collectionOf(questionnaire);
    auto result = fhirpath::evaluate(expression, environment.resource, environment);
    if (!result)
        return fail(result.error());
    return valuesOf(*result);
}

} // namespace stepstone::test
