#include "fhirpath/Node.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace stepstone::fhirpath {

namespace {

// The FHIR R4 data types a choice element [x] may name, capitalised as in its JSON names.
bool isChoiceType(QStringView suffix) {
    static const char* const kTypes[] = {"Base64Binary",
                                         "Boolean",
                                         "Canonical",
                                         "Code",
                                         "Date",
                                         "DateTime",
                                         "Decimal",
                                         "Id",
                                         "Instant",
                                         "Integer",
                                         "Markdown",
                                         "Oid",
                                         "PositiveInt",
                                         "String",
                                         "Time",
                                         "UnsignedInt",
                                         "Uri",
                                         "Url",
                                         "Uuid",
                                         "Address",
                                         "Age",
                                         "Annotation",
                                         "Attachment",
                                         "CodeableConcept",
                                         "Coding",
                                         "ContactPoint",
                                         "Count",
                                         "Distance",
                                         "Duration",
                                         "HumanName",
                                         "Identifier",
                                         "Money",
                                         "Period",
                                         "Quantity",
                                         "Range",
                                         "Ratio",
                                         "Reference",
                                         "SampledData",
                                         "Signature",
                                         "Timing",
                                         "ContactDetail",
                                         "Contributor",
                                         "DataRequirement",
                                         "Expression",
                                         "ParameterDefinition",
                                         "RelatedArtifact",
                                         "TriggerDefinition",
                                         "UsageContext",
                                         "Dosage",
                                         "Meta"};
    for (const char* type : kTypes)
        if (suffix == QLatin1String(type))
            return true;
    return false;
}

void append(Collection& out, const std::shared_ptr<const Node>& parent, const QJsonValue& value,
            const QString& name) {
    if (value.isArray()) {
        for (const auto& element : value.toArray())
            if (!element.isNull())
                out.push_back(childOf(parent, element, name));
    } else if (!value.isUndefined() && !value.isNull()) {
        out.push_back(childOf(parent, value, name));
    }
}

} // namespace

QString Node::type() const {
    if (const QJsonObject object = value.toObject(); object.contains(QLatin1String("resourceType")))
        return object.value(QLatin1String("resourceType")).toString();
    if (parent) {
        // name is the choice element's full name; its type is what follows the shortest
        // prefix that leaves a known type ("valueCoding" -> Coding).
        for (qsizetype i = 1; i < name.size(); ++i)
            if (name.at(i).isUpper() && isChoiceType(QStringView(name).mid(i)))
                return name.mid(i);
    }
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("Boolean");
    case QJsonValue::Double:
        return std::trunc(value.toDouble()) == value.toDouble() ? QStringLiteral("Integer")
                                                                : QStringLiteral("Decimal");
    case QJsonValue::String:
        return QStringLiteral("String");
    default:
        return {};
    }
}

const Node& Node::root() const {
    const Node* node = this;
    while (node->parent)
        node = node->parent.get();
    return *node;
}

Node childOf(const std::shared_ptr<const Node>& parent, const QJsonValue& value,
             const QString& name) {
    return Node{value, name, parent};
}

Collection childrenNamed(const Node& parent, const QString& name) {
    Collection out;
    if (!parent.value.isObject())
        return out;
    const QJsonObject object = parent.value.toObject();
    const auto shared = std::make_shared<const Node>(parent);
    if (const QJsonValue value = object.value(name); !value.isUndefined()) {
        append(out, shared, value, name);
        return out;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& key = it.key();
        if (key.size() > name.size() && key.startsWith(name) && key.at(name.size()).isUpper() &&
            isChoiceType(QStringView(key).mid(name.size())))
            append(out, shared, it.value(), key);
    }
    return out;
}

QString numberText(double number) {
    if (std::isnan(number))
        return QStringLiteral("NaN");
    if (std::isinf(number))
        return number > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (number == 0)
        return QStringLiteral("0");
    const double magnitude = std::fabs(number);
    if (magnitude >= 1e-6 && magnitude < 1e21)
        return QString::number(number, 'f', QLocale::FloatingPointShortest);
    // JavaScript's exponent form: no padding, and a + on positive exponents.
    const QString scientific = QString::number(number, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf(u'e');
    const int exponent = scientific.mid(e + 1).toInt();
    return scientific.left(e) + (exponent < 0 ? QStringLiteral("e-") : QStringLiteral("e+")) +
           QString::number(std::abs(exponent));
}

} // namespace stepstone::fhirpath
