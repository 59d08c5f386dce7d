#include "forms/AnswerValue.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <cmath>

namespace stepstone::forms {

namespace {

// FHIR's full date, date-time with seconds and offset, and time: the forms' answers.
const QRegularExpression& fullDate() {
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern;
}

const QRegularExpression& offsetDateTime() {
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"));
    return pattern;
}

std::optional<Coding> codingFrom(const QJsonValue& json) {
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject object = json.toObject();
    Coding coding{object.value(QLatin1String("system")).toString(),
                  object.value(QLatin1String("code")).toString(),
                  object.value(QLatin1String("display")).toString()};
    if (coding.code.isEmpty() && coding.display.isEmpty())
        return std::nullopt;
    return coding;
}

std::optional<Quantity> quantityFrom(const QJsonValue& json) {
    const QJsonValue value = json.toObject().value(QLatin1String("value"));
    if (!json.isObject() || !value.isDouble())
        return std::nullopt;
    const QJsonObject object = json.toObject();
    return Quantity{value.toDouble(), object.value(QLatin1String("unit")).toString(),
                    object.value(QLatin1String("system")).toString(),
                    object.value(QLatin1String("code")).toString()};
}

std::variant<std::nullopt_t, AnswerValue, AnswerValueProblem> read(const QString& kind,
                                                                   const QJsonValue& json) {
    const auto wrong = [&] {
        return AnswerValueProblem{QStringLiteral("%1 that cannot be read").arg(kind)};
    };
    if (kind == u"Boolean") {
        if (!json.isBool())
            return wrong();
        return AnswerValue(json.toBool());
    }
    if (kind == u"Integer") {
        const double number = json.toDouble(std::nan(""));
        if (!json.isDouble() || number != std::floor(number) || std::abs(number) > 2147483647.0)
            return wrong();
        return AnswerValue(qint64(number));
    }
    if (kind == u"Decimal") {
        if (!json.isDouble())
            return wrong();
        return AnswerValue(json.toDouble());
    }
    if (kind == u"String" || kind == u"Uri") {
        if (!json.isString())
            return wrong();
        return AnswerValue(json.toString());
    }
    if (kind == u"Date") {
        if (!json.isString() || !fullDate().match(json.toString()).hasMatch())
            return AnswerValueProblem{QStringLiteral("a date that is not a whole day")};
        const QDate date = QDate::fromString(json.toString(), Qt::ISODate);
        if (!date.isValid())
            return wrong();
        return AnswerValue(date);
    }
    if (kind == u"DateTime") {
        if (!json.isString() || !offsetDateTime().match(json.toString()).hasMatch())
            return AnswerValueProblem{
                QStringLiteral("a date-time without its seconds or its UTC offset")};
        const QDateTime moment = QDateTime::fromString(json.toString(), Qt::ISODateWithMs);
        if (!moment.isValid())
            return wrong();
        return AnswerValue(moment);
    }
    if (kind == u"Time") {
        const QTime time = QTime::fromString(json.toString(), Qt::ISODateWithMs);
        if (!(json.isString() && time.isValid()))
            return wrong();
        return AnswerValue(time);
    }
    if (kind == u"Coding") {
        const auto coding = codingFrom(json);
        if (!coding)
            return wrong();
        return AnswerValue(*coding);
    }
    if (kind == u"Quantity") {
        const auto quantity = quantityFrom(json);
        if (!quantity)
            return wrong();
        return AnswerValue(*quantity);
    }
    return AnswerValueProblem{QStringLiteral("a value%1, which this app does not take").arg(kind)};
}

QJsonObject codingJson(const Coding& coding) {
    QJsonObject json;
    if (!coding.system.isEmpty())
        json.insert(QLatin1String("system"), coding.system);
    if (!coding.code.isEmpty())
        json.insert(QLatin1String("code"), coding.code);
    if (!coding.display.isEmpty())
        json.insert(QLatin1String("display"), coding.display);
    return json;
}

QJsonObject quantityJson(const Quantity& quantity) {
    QJsonObject json{{QLatin1String("value"), quantity.value}};
    if (!quantity.unit.isEmpty())
        json.insert(QLatin1String("unit"), quantity.unit);
    if (!quantity.system.isEmpty())
        json.insert(QLatin1String("system"), quantity.system);
    if (!quantity.code.isEmpty())
        json.insert(QLatin1String("code"), quantity.code);
    return json;
}

} // namespace

std::variant<std::nullopt_t, AnswerValue, AnswerValueProblem>
answerValueOf(const QJsonObject& element, QLatin1String prefix) {
    QString kind;
    QJsonValue json;
    for (auto it = element.begin(); it != element.end(); ++it) {
        const QString key = it.key();
        if (!key.startsWith(prefix) || key.size() == prefix.size() ||
            !key.at(prefix.size()).isUpper())
            continue;
        if (!kind.isEmpty())
            return AnswerValueProblem{QStringLiteral("more than one %1[x]").arg(prefix)};
        kind = key.mid(prefix.size());
        json = it.value();
    }
    if (kind.isEmpty())
        return std::nullopt;
    return read(kind, json);
}

QJsonObject answerValueJson(const AnswerValue& value, QLatin1String prefix) {
    const auto named = [&](const char* kind, const QJsonValue& json) {
        return QJsonObject{{QString(prefix) + QLatin1String(kind), json}};
    };
    return std::visit(
        [&](const auto& v) -> QJsonObject {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, bool>)
                return named("Boolean", v);
            else if constexpr (std::is_same_v<V, qint64>)
                return named("Integer", v);
            else if constexpr (std::is_same_v<V, double>)
                return named("Decimal", v);
            else if constexpr (std::is_same_v<V, QString>)
                return named("String", v);
            else if constexpr (std::is_same_v<V, QDate>)
                return named("Date", v.toString(Qt::ISODate));
            else if constexpr (std::is_same_v<V, QDateTime>)
                return named("DateTime", v.toString(Qt::ISODateWithMs));
            else if constexpr (std::is_same_v<V, QTime>)
                return named("Time", v.toString(QStringLiteral("HH:mm:ss")));
            else if constexpr (std::is_same_v<V, Coding>)
                return named("Coding", codingJson(v));
            else
                return named("Quantity", quantityJson(v));
        },
        value);
}

} // namespace stepstone::forms
