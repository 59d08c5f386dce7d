#pragma once

#include "common/Result.h"
#include "sync/mapping/MappingError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace stepstone::fhir {

// Typed reads of one field of a FHIR JSON object. `path` names the object in errors
// ("Observation.component[2]"); the field is appended. An absent field is MissingField for the
// `required` reads and an empty value for the others; a present field of the wrong JSON type is
// always WrongType, since it means the server sent something other than FHIR.
Result<QString, MappingError> requiredString(const QJsonObject& object, QLatin1String key,
                                             const QString& path);
Result<QString, MappingError> optionalString(const QJsonObject& object, QLatin1String key,
                                             const QString& path);
Result<QJsonObject, MappingError> requiredObject(const QJsonObject& object, QLatin1String key,
                                                 const QString& path);
Result<QJsonObject, MappingError> optionalObject(const QJsonObject& object, QLatin1String key,
                                                 const QString& path);
Result<QJsonArray, MappingError> optionalArray(const QJsonObject& object, QLatin1String key,
                                               const QString& path);
// An array of strings; an absent field is an empty list.
Result<QStringList, MappingError> optionalStringArray(const QJsonObject& object, QLatin1String key,
                                                      const QString& path);
Result<QDateTime, MappingError> requiredInstant(const QJsonObject& object, QLatin1String key,
                                                const QString& path);
Result<std::optional<QDateTime>, MappingError>
optionalInstant(const QJsonObject& object, QLatin1String key, const QString& path);

// The element at `index` of an array that must hold objects.
Result<QJsonObject, MappingError> objectAt(const QJsonArray& array, qsizetype index,
                                           const QString& arrayPath);

// The code of the first coding from `system` in a CodeableConcept; nullopt when no coding is
// from that system. Codings of other systems are ignored.
Result<std::optional<QString>, MappingError> codeFrom(const QJsonObject& codeableConcept,
                                                      QLatin1String system, const QString& path);

// The code from `system` in the CodeableConcept at `object.<key>`; MissingField when the field is
// absent or has no coding from that system.
Result<QString, MappingError> requiredCodeFrom(const QJsonObject& object, QLatin1String key,
                                               QLatin1String system, const QString& path);

// A searchset or history Bundle's `next` link; empty on the last page.
QString nextLink(const QJsonObject& bundle);

// Checks `resourceType` before anything else is read.
Result<void, MappingError> expectResourceType(const QJsonObject& resource, QLatin1String type);

// A FHIR logical id: 1-64 of A-Z a-z 0-9 - .
bool isFhirId(const QString& id);
// A FHIR `code`: no leading, trailing or doubled whitespace.
bool isFhirCode(const QString& code);

struct ReferenceTarget {
    QString type;
    QString id;
};
// "Location/x", "Location/x/_history/2" or an absolute URL ending in either; nullopt for
// anything else (contained "#x", logical-only, junk).
std::optional<ReferenceTarget> referenceTarget(const QString& reference);

// `text` with each character FHIR strings forbid (controls other than tab, CR, LF) replaced by a
// space: a pasted form feed must not make the server refuse the client's note.
QString fhirStringFrom(const QString& text);

QJsonObject coding(QLatin1String system, const QString& code, const QString& display = {});
QJsonObject codeableConcept(const QJsonObject& coding);
QJsonObject reference(const QString& type, const QString& id);

} // namespace stepstone::fhir
