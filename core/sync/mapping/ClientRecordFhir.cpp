#include "sync/mapping/ClientRecordFhir.h"

#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <cmath>

namespace stepstone::fhir {

Result<QUuid, MappingError> readUuidId(const QJsonObject& resource, const QString& type) {
    auto text = requiredString(resource, QLatin1String("id"), type);
    if (!text)
        return fail(text.error());
    const QUuid id = QUuid::fromString(*text);
    if (id.isNull() || id.toString(QUuid::WithoutBraces) != text->toLower())
        return fail(
            MappingError::wrongType(type + QStringLiteral(".id"), QStringLiteral("a UUID")));
    return id;
}

Result<void, MappingError> checkPatientReference(const QJsonObject& resource, QLatin1String key,
                                                 const QString& path, const QString& patientId) {
    const QString fieldPath = path + QLatin1Char('.') + key;
    auto subject = requiredObject(resource, key, path);
    if (!subject)
        return fail(subject.error());
    auto reference = requiredString(*subject, QLatin1String("reference"), fieldPath);
    if (!reference)
        return fail(reference.error());
    const auto target = referenceTarget(*reference);
    if (!target || target->type != QLatin1String("Patient") || target->id != patientId)
        return fail(MappingError{MappingErrorKind::WrongResource, fieldPath,
                                 QStringLiteral("not this client's")});
    return {};
}

Result<void, MappingError> checkCode(const QJsonObject& resource, const QString& type,
                                     QLatin1String system, QLatin1String code,
                                     const QString& what) {
    const QString path = type + QStringLiteral(".code");
    auto coded = requiredObject(resource, QLatin1String("code"), type);
    if (!coded)
        return fail(coded.error());
    auto found = codeFrom(*coded, system, path);
    if (!found)
        return fail(found.error());
    if (*found != code)
        return fail(
            MappingError{MappingErrorKind::WrongResource, path, QStringLiteral("not ") + what});
    return {};
}

Result<void, MappingError> checkObservationStatus(const QJsonObject& observation) {
    auto status =
        requiredString(observation, QLatin1String("status"), QStringLiteral("Observation"));
    if (!status)
        return fail(status.error());
    if (*status == QLatin1String("final") || *status == QLatin1String("amended") ||
        *status == QLatin1String("corrected"))
        return {};
    if (*status == QLatin1String("entered-in-error"))
        return fail(MappingError{MappingErrorKind::EnteredInError,
                                 QStringLiteral("Observation.status"),
                                 QStringLiteral("withdrawn")});
    return fail(MappingError::unknownCode(QStringLiteral("Observation.status")));
}

Result<void, MappingError> checkOwnObservation(const QJsonObject& observation, QLatin1String system,
                                               QLatin1String code, const QString& what,
                                               const QString& patientId) {
    const QString type = QStringLiteral("Observation");
    if (auto resourceType = expectResourceType(observation, QLatin1String("Observation"));
        !resourceType)
        return resourceType;
    if (auto coded = checkCode(observation, type, system, code, what); !coded)
        return coded;
    if (auto status = checkObservationStatus(observation); !status)
        return status;
    return checkPatientReference(observation, QLatin1String("subject"), type, patientId);
}

Result<ResourceVersion, MappingError> readVersion(const QJsonObject& resource,
                                                  const QString& type) {
    auto meta = optionalObject(resource, QLatin1String("meta"), type);
    if (!meta)
        return fail(meta.error());
    const QString path = type + QStringLiteral(".meta");
    auto versionId = optionalString(*meta, QLatin1String("versionId"), path);
    if (!versionId)
        return fail(versionId.error());
    auto lastUpdated = optionalInstant(*meta, QLatin1String("lastUpdated"), path);
    if (!lastUpdated)
        return fail(lastUpdated.error());
    return ResourceVersion{*versionId, *lastUpdated};
}

Result<int, MappingError> readIntegerIn(const QJsonObject& object, QLatin1String key,
                                        const QString& path, int min, int max) {
    const QString field = path + QLatin1Char('.') + key;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fail(MappingError::missing(field));
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number)
        return fail(MappingError::wrongType(field, QStringLiteral("an integer")));
    if (number < min || number > max)
        return fail(MappingError::outOfRange(field, QStringLiteral("%1 to %2").arg(min).arg(max)));
    return static_cast<int>(number);
}

Result<QString, MappingError> firstText(const QJsonObject& resource, QLatin1String key,
                                        const QString& type) {
    const QString path = type + QLatin1Char('.') + key;
    auto list = optionalArray(resource, key, type);
    if (!list)
        return fail(list.error());
    if (list->isEmpty())
        return QString();
    auto first = objectAt(*list, 0, path);
    if (!first)
        return fail(first.error());
    return optionalString(*first, QLatin1String("text"), path + QStringLiteral("[0]"));
}

Result<QString, MappingError> firstNoteText(const QJsonObject& resource, const QString& type,
                                            qsizetype maxLength) {
    auto text = firstText(resource, QLatin1String("note"), type);
    if (!text)
        return fail(text.error());
    if (text->size() > maxLength)
        return fail(
            MappingError::outOfRange(type + QStringLiteral(".note[0].text"),
                                     QStringLiteral("at most %1 characters").arg(maxLength)));
    return *text;
}

QJsonArray noteFrom(const QString& text) {
    const QString cleaned = fhirStringFrom(text);
    if (cleaned.trimmed().isEmpty())
        return {};
    return QJsonArray{QJsonObject{{QStringLiteral("text"), cleaned}}};
}

} // namespace stepstone::fhir
