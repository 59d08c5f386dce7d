#pragma once

#include "common/Result.h"
#include "sync/mapping/MappingError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

// FHIR pieces shared by the mappers of the client's own records (cravings, check-ins, lapses,
// medication): each is a resource whose id is the record's UUID, which belongs to one patient,
// carries the server's version and may hold the client's words as a note. Errors name FHIR
// paths, never values.
namespace stepstone::fhir {

// `id` as a UUID written lower case without braces, as the writers send it.
Result<QUuid, MappingError> readUuidId(const QJsonObject& resource, const QString& type);

// That `resource.<key>` is a Reference to Patient/<patientId> (WrongResource otherwise).
Result<void, MappingError> checkPatientReference(const QJsonObject& resource, QLatin1String key,
                                                 const QString& path, const QString& patientId);

// That `resource.code` holds `code` from `system`; WrongResource saying "not <what>" otherwise.
Result<void, MappingError> checkCode(const QJsonObject& resource, const QString& type,
                                     QLatin1String system, QLatin1String code, const QString& what);

// An Observation's status: final, amended and corrected read alike; entered-in-error is
// EnteredInError (the clinic withdrew it); anything else is UnknownCode.
Result<void, MappingError> checkObservationStatus(const QJsonObject& observation);

// What every reader of a Stepstone Observation checks before reading on: resourceType
// Observation, `code` from `system` (WrongResource saying "not <what>" otherwise), the status
// (checkObservationStatus) and the subject (Patient/<patientId>).
Result<void, MappingError> checkOwnObservation(const QJsonObject& observation, QLatin1String system,
                                               QLatin1String code, const QString& what,
                                               const QString& patientId);

// meta.versionId (for If-Match) and meta.lastUpdated (a download watermark).
struct ResourceVersion {
    QString versionId;
    std::optional<QDateTime> lastUpdated;
};
Result<ResourceVersion, MappingError> readVersion(const QJsonObject& resource, const QString& type);

// An integer from `min` to `max` at `object.<key>` (a JSON number without a fraction).
Result<int, MappingError> readIntegerIn(const QJsonObject& object, QLatin1String key,
                                        const QString& path, int min, int max);

// `resource.<key>[0].text` (of an Annotation, a CodeableConcept, a Dosage); empty when the list
// or the text is missing.
Result<QString, MappingError> firstText(const QJsonObject& resource, QLatin1String key,
                                        const QString& type);

// note[0].text, empty when there is none; longer than `maxLength` is OutOfRange.
Result<QString, MappingError> firstNoteText(const QJsonObject& resource, const QString& type,
                                            qsizetype maxLength);

// A list of one Annotation with `text` cleaned for FHIR (fhirStringFrom); an empty list when the
// text is blank, which FHIR forbids.
QJsonArray noteFrom(const QString& text);

} // namespace stepstone::fhir
