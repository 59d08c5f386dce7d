#pragma once

// Forms and responses the scoring tests and the stepstone-forms tests share, and how they
// compare scores with the oracle's.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <gtest/gtest.h>
#include <vector>

namespace stepstone::test {

// Numbers agree when they differ by at most this much relative to their size: both engines
// compute in doubles in the same order, but ln(), exp() and pow() may differ in the last bit.
inline constexpr double kTolerance = 1e-9;

inline bool sameValue(const QJsonValue& ours, const QJsonValue& theirs) {
    if (ours.isDouble() && theirs.isDouble())
        return std::fabs(ours.toDouble() - theirs.toDouble()) <=
               kTolerance * std::max(1.0, std::fabs(theirs.toDouble()));
    if (ours.isArray() && theirs.isArray()) {
        const QJsonArray a = ours.toArray();
        const QJsonArray b = theirs.toArray();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (!sameValue(a.at(i), b.at(i)))
                return false;
        return true;
    }
    if (ours.isObject() && theirs.isObject()) {
        const QJsonObject a = ours.toObject();
        const QJsonObject b = theirs.toObject();
        if (a.keys() != b.keys())
            return false;
        for (const QString& key : a.keys())
            if (!sameValue(a.value(key), b.value(key)))
                return false;
        return true;
    }
    return ours == theirs;
}

inline QJsonObject answer(const QJsonValue& value, const char* type) {
    return QJsonObject{{QStringLiteral("value") + QLatin1String(type), value}};
}

// A response with the answers given (linkId -> answer), in the form's order.
inline QJsonObject response(const std::vector<std::pair<QString, QJsonObject>>& answers) {
    QJsonArray items;
    for (const auto& [linkId, value] : answers)
        items.append(QJsonObject{{"linkId", linkId}, {"answer", QJsonArray{value}}});
    return QJsonObject{
        {"resourceType", "QuestionnaireResponse"}, {"status", "in-progress"}, {"item", items}};
}

inline QJsonArray optionsOf(const QByteArray& formJson, const QString& linkId) {
    const QJsonObject form = QJsonDocument::fromJson(formJson).object();
    for (const auto& item : form.value(QLatin1String("item")).toArray())
        if (item.toObject().value(QLatin1String("linkId")).toString() == linkId)
            return item.toObject().value(QLatin1String("answerOption")).toArray();
    ADD_FAILURE() << "no item " << linkId.toStdString();
    return {};
}

inline QJsonObject option(const QByteArray& formJson, const QString& linkId, int index) {
    return answer(optionsOf(formJson, linkId).at(index).toObject().value("valueCoding"), "Coding");
}

// The PHQ-9 of the research's snippet (§1.1): LOINC answers, ordinalValue on odd items and
// itemWeight on even ones, with a total and a severity band as calculatedExpressions.
inline QByteArray builtPhq9() {
    const char* codes[] = {"LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"};
    QJsonArray items;
    for (int i = 0; i < 9; ++i) {
        QJsonArray options;
        for (int w = 0; w < 4; ++w)
            options.append(QJsonObject{
                {"valueCoding", QJsonObject{{"system", "http://loinc.org"}, {"code", codes[w]}}},
                {"extension",
                 QJsonArray{QJsonObject{
                     {"url", QStringLiteral("http://hl7.org/fhir/StructureDefinition/%1")
                                 .arg(i % 2 ? "itemWeight" : "ordinalValue")},
                     {"valueDecimal", w}}}}});
        items.append(QJsonObject{{"linkId", QStringLiteral("q%1").arg(i + 1)},
                                 {"type", "choice"},
                                 {"answerOption", options}});
    }
    auto calculated = [](const char* expression) {
        return QJsonArray{
            QJsonObject{{"url", "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
                                "sdc-questionnaire-calculatedExpression"},
                        {"valueExpression",
                         QJsonObject{{"language", "text/fhirpath"}, {"expression", expression}}}}};
    };
    items.append(QJsonObject{{"linkId", "total"},
                             {"type", "integer"},
                             {"readOnly", true},
                             {"extension", calculated("%total")}});
    items.append(QJsonObject{
        {"linkId", "severity"},
        {"type", "string"},
        {"readOnly", true},
        {"extension",
         calculated("iif(%total.exists(), iif(%total >= 20, 'severe', iif(%total >= 15, "
                    "'moderately severe', iif(%total >= 10, 'moderate', iif(%total "
                    ">= 5, 'mild', 'minimal')))), {})")}});
    const QJsonObject form{
        {"resourceType", "Questionnaire"},
        {"status", "active"},
        {"extension",
         QJsonArray{QJsonObject{
             {"url", "http://hl7.org/fhir/StructureDefinition/variable"},
             {"valueExpression",
              QJsonObject{{"name", "total"},
                          {"language", "text/fhirpath"},
                          {"expression", "%resource.item.answer.value.weight().sum()"}}}}}},
        {"item", items}};
    return QJsonDocument(form).toJson();
}

} // namespace stepstone::test
