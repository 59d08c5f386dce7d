#include "sync/mapping/FhirJson.h"

#include "sync/mapping/FhirDateTime.h"

#include <QStringList>

namespace stepstone::fhir {

namespace {

constexpr qsizetype kMaxIdLength = 64;

QString fieldPath(const QString& path, QLatin1String key) {
    return path + QLatin1Char('.') + key;
}

bool isIdCharacter(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'-' || u == u'.';
}

} // namespace

Result<QString, MappingError> requiredString(const QJsonObject& object, QLatin1String key,
                                             const QString& path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fail(MappingError::missing(fieldPath(path, key)));
    if (!value.isString())
        return fail(MappingError::wrongType(fieldPath(path, key), QStringLiteral("a string")));
    return value.toString();
}

Result<QString, MappingError> optionalString(const QJsonObject& object, QLatin1String key,
                                             const QString& path) {
    if (!object.contains(key))
        return QString();
    return requiredString(object, key, path);
}

Result<QJsonObject, MappingError> requiredObject(const QJsonObject& object, QLatin1String key,
                                                 const QString& path) {
    if (object.value(key).isUndefined())
        return fail(MappingError::missing(fieldPath(path, key)));
    return optionalObject(object, key, path);
}

Result<QJsonObject, MappingError> optionalObject(const QJsonObject& object, QLatin1String key,
                                                 const QString& path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QJsonObject();
    if (!value.isObject())
        return fail(MappingError::wrongType(fieldPath(path, key), QStringLiteral("an object")));
    return value.toObject();
}

Result<QJsonArray, MappingError> optionalArray(const QJsonObject& object, QLatin1String key,
                                               const QString& path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QJsonArray();
    if (!value.isArray())
        return fail(MappingError::wrongType(fieldPath(path, key), QStringLiteral("an array")));
    return value.toArray();
}

Result<QStringList, MappingError> optionalStringArray(const QJsonObject& object, QLatin1String key,
                                                      const QString& path) {
    auto array = optionalArray(object, key, path);
    if (!array)
        return fail(array.error());
    QStringList list;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue value = array->at(i);
        if (!value.isString())
            return fail(MappingError::wrongType(
                fieldPath(path, key) + QStringLiteral("[%1]").arg(i), QStringLiteral("a string")));
        list.append(value.toString());
    }
    return list;
}

Result<QDateTime, MappingError> requiredInstant(const QJsonObject& object, QLatin1String key,
                                                const QString& path) {
    auto text = requiredString(object, key, path);
    if (!text)
        return fail(text.error());
    std::optional<QDateTime> time = fromFhirInstant(*text);
    if (!time)
        return fail(MappingError::wrongType(
            fieldPath(path, key), QStringLiteral("a date-time to the second with a timezone")));
    return *time;
}

Result<std::optional<QDateTime>, MappingError>
optionalInstant(const QJsonObject& object, QLatin1String key, const QString& path) {
    if (!object.contains(key))
        return std::optional<QDateTime>();
    auto time = requiredInstant(object, key, path);
    if (!time)
        return fail(time.error());
    return std::optional<QDateTime>(*time);
}

Result<QJsonObject, MappingError> objectAt(const QJsonArray& array, qsizetype index,
                                           const QString& arrayPath) {
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        return fail(MappingError::wrongType(arrayPath + QStringLiteral("[%1]").arg(index),
                                            QStringLiteral("an object")));
    return value.toObject();
}

Result<std::optional<QString>, MappingError> codeFrom(const QJsonObject& codeableConcept,
                                                      QLatin1String system, const QString& path) {
    auto codings = optionalArray(codeableConcept, QLatin1String("coding"), path);
    if (!codings)
        return fail(codings.error());
    const QString codingPath = path + QStringLiteral(".coding");
    for (qsizetype i = 0; i < codings->size(); ++i) {
        auto coding = objectAt(*codings, i, codingPath);
        if (!coding)
            return fail(coding.error());
        const QString itemPath = codingPath + QStringLiteral("[%1]").arg(i);
        auto codingSystem = optionalString(*coding, QLatin1String("system"), itemPath);
        if (!codingSystem)
            return fail(codingSystem.error());
        if (*codingSystem != system)
            continue;
        auto code = requiredString(*coding, QLatin1String("code"), itemPath);
        if (!code)
            return fail(code.error());
        return std::optional<QString>(*code);
    }
    return std::optional<QString>();
}

Result<QString, MappingError> requiredCodeFrom(const QJsonObject& object, QLatin1String key,
                                               QLatin1String system, const QString& path) {
    auto coded = requiredObject(object, key, path);
    if (!coded)
        return fail(coded.error());
    auto code = codeFrom(*coded, system, fieldPath(path, key));
    if (!code)
        return fail(code.error());
    if (!*code)
        return fail(MappingError::missing(fieldPath(path, key) + QStringLiteral(".coding")));
    return **code;
}

Result<void, MappingError> expectResourceType(const QJsonObject& resource, QLatin1String type) {
    const QJsonValue value = resource.value(QLatin1String("resourceType"));
    if (!value.isString() || value.toString() != type)
        return fail(MappingError{MappingErrorKind::WrongResource, QStringLiteral("resourceType"),
                                 QStringLiteral("expected ") + type});
    return {};
}

bool isFhirId(const QString& id) {
    if (id.isEmpty() || id.size() > kMaxIdLength)
        return false;
    for (QChar c : id)
        if (!isIdCharacter(c))
            return false;
    return true;
}

bool isFhirCode(const QString& code) {
    if (code.isEmpty())
        return false;
    bool lastWasSpace = true; // refuses leading whitespace
    for (QChar c : code) {
        const bool space = c.isSpace();
        if (space && (lastWasSpace || c != QLatin1Char(' ')))
            return false;
        lastWasSpace = space;
    }
    return !lastWasSpace;
}

QString nextLink(const QJsonObject& bundle) {
    for (const auto& link : bundle.value(QLatin1String("link")).toArray())
        if (link.toObject().value(QLatin1String("relation")).toString() == QLatin1String("next"))
            return link.toObject().value(QLatin1String("url")).toString();
    return {};
}

std::optional<ReferenceTarget> referenceTarget(const QString& reference) {
    QStringList parts = reference.split(QLatin1Char('/'));
    if (parts.size() >= 4 && parts[parts.size() - 2] == QLatin1String("_history"))
        parts.resize(parts.size() - 2);
    if (parts.size() < 2)
        return std::nullopt;
    const bool absolute = parts.size() > 2;
    if (absolute && !reference.startsWith(QLatin1String("https://")) &&
        !reference.startsWith(QLatin1String("http://")))
        return std::nullopt;
    ReferenceTarget target{parts[parts.size() - 2], parts.back()};
    if (target.type.isEmpty() || !target.type[0].isUpper() || !isFhirId(target.id))
        return std::nullopt;
    for (QChar c : target.type)
        if (!c.isLetter() || c.unicode() > 127)
            return std::nullopt;
    return target;
}

QString fhirStringFrom(const QString& text) {
    QString clean = text;
    for (QChar& c : clean)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
            c != QLatin1Char('\r'))
            c = QLatin1Char(' ');
    return clean;
}

QJsonObject coding(QLatin1String system, const QString& code, const QString& display) {
    QJsonObject object{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        object.insert(QLatin1String("display"), display);
    return object;
}

QJsonObject codeableConcept(const QJsonObject& coding) {
    return {{QStringLiteral("coding"), QJsonArray{coding}}};
}

QJsonObject reference(const QString& type, const QString& id) {
    return {{QStringLiteral("reference"), type + QLatin1Char('/') + id}};
}

} // namespace stepstone::fhir
