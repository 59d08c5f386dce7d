#include "sync/mapping/LapseObservationMapper.h"

#include "sync/mapping/ClientRecordFhir.h"
#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"
#include "sync/mapping/SelfReportedObservation.h"

#include <QJsonArray>

namespace stepstone::LapseObservationMapper {

namespace {

const QString kObservation = QStringLiteral("Observation");
constexpr QLatin1String kLapseCode("lapse");
constexpr QLatin1String kWhatHappened("what-happened");
constexpr QLatin1String kNextTime("next-time");

MappingError invalidLapse(const QString& field, const QString& why) {
    return {MappingErrorKind::InvalidInput, field, why};
}

void appendNote(QJsonArray& notes, QLatin1String kind, const QString& text) {
    const QJsonArray note = fhir::noteFrom(text);
    if (note.isEmpty())
        return;
    QJsonObject annotation = note.first().toObject();
    annotation.insert(
        QLatin1String("extension"),
        QJsonArray{QJsonObject{{QStringLiteral("url"), QString(fhir::systems::kLapseNoteExtension)},
                               {QStringLiteral("valueCode"), QString(kind)}}});
    notes.append(annotation);
}

// The kind of a note from its lapse-note extension; empty for a note without one.
Result<QString, MappingError> noteKind(const QJsonObject& note, const QString& path) {
    auto extensions = fhir::optionalArray(note, QLatin1String("extension"), path);
    if (!extensions)
        return fail(extensions.error());
    for (qsizetype i = 0; i < extensions->size(); ++i) {
        const QString itemPath = path + QStringLiteral(".extension[%1]").arg(i);
        auto extension = fhir::objectAt(*extensions, i, path + QStringLiteral(".extension"));
        if (!extension)
            return fail(extension.error());
        auto url = fhir::requiredString(*extension, QLatin1String("url"), itemPath);
        if (!url)
            return fail(url.error());
        if (*url == fhir::systems::kLapseNoteExtension)
            return fhir::requiredString(*extension, QLatin1String("valueCode"), itemPath);
    }
    return QString();
}

Result<void, MappingError> readNotes(const QJsonObject& observation, LapseEntry& into) {
    auto notes = fhir::optionalArray(observation, QLatin1String("note"), kObservation);
    if (!notes)
        return fail(notes.error());
    bool seenWhat = false;
    bool seenNext = false;
    for (qsizetype i = 0; i < notes->size(); ++i) {
        const QString path = QStringLiteral("Observation.note[%1]").arg(i);
        auto note = fhir::objectAt(*notes, i, QStringLiteral("Observation.note"));
        if (!note)
            return fail(note.error());
        auto kind = noteKind(*note, path);
        if (!kind)
            return fail(kind.error());
        const bool what = *kind == kWhatHappened;
        if (!what && *kind != kNextTime)
            continue;
        bool& seen = what ? seenWhat : seenNext;
        if (seen)
            return fail(MappingError::outOfRange(path, QStringLiteral("each kind of note once")));
        seen = true;
        auto text = fhir::requiredString(*note, QLatin1String("text"), path);
        if (!text)
            return fail(text.error());
        if (text->size() > LapseEntry::kMaxTextLength)
            return fail(MappingError::outOfRange(path + QStringLiteral(".text"),
                                                 QStringLiteral("at most 4000 characters")));
        (what ? into.whatHappened : into.nextTime) = *text;
    }
    return {};
}

} // namespace

Result<QJsonObject, MappingError> toObservation(const Lapse& lapse, const QString& patientId) {
    if (lapse.id.isNull())
        return fail(invalidLapse(QStringLiteral("Observation.id"), QStringLiteral("null UUID")));
    if (!fhir::isFhirId(patientId))
        return fail(
            invalidLapse(QStringLiteral("Observation.subject"), QStringLiteral("not a FHIR id")));
    if (!lapse.entry.isValid())
        return fail(invalidLapse(kObservation, QStringLiteral("invalid lapse")));
    const QString effective = toFhirInstant(lapse.entry.occurredAt);
    if (effective.isEmpty())
        return fail(invalidLapse(QStringLiteral("Observation.effectiveDateTime"),
                                 QStringLiteral("not representable")));

    QJsonObject observation = fhir::selfReportedObservation(
        lapse.id, patientId, QLatin1String("social-history"), QStringLiteral("Social History"),
        fhir::codeableConcept(fhir::coding(fhir::systems::kLapse, kLapseCode,
                                           QStringLiteral("Lapse recorded by the client"))));
    observation.insert(QLatin1String("effectiveDateTime"), effective);
    if (const QString issued = toFhirInstant(lapse.updatedAt); !issued.isEmpty())
        observation.insert(QLatin1String("issued"), issued);
    QJsonArray notes;
    appendNote(notes, kWhatHappened, lapse.entry.whatHappened);
    appendNote(notes, kNextTime, lapse.entry.nextTime);
    if (!notes.isEmpty())
        observation.insert(QLatin1String("note"), notes);
    return observation;
}

Result<ServerLapse, MappingError> fromObservation(const QJsonObject& observation,
                                                  const QString& patientId) {
    if (auto own = fhir::checkOwnObservation(observation, fhir::systems::kLapse, kLapseCode,
                                             QStringLiteral("a Stepstone lapse"), patientId);
        !own)
        return fail(own.error());

    ServerLapse lapse;
    auto id = fhir::readUuidId(observation, kObservation);
    if (!id)
        return fail(id.error());
    lapse.id = *id;
    auto occurredAt =
        fhir::requiredInstant(observation, QLatin1String("effectiveDateTime"), kObservation);
    if (!occurredAt)
        return fail(occurredAt.error());
    lapse.entry.occurredAt = *occurredAt;
    auto issued = fhir::optionalInstant(observation, QLatin1String("issued"), kObservation);
    if (!issued)
        return fail(issued.error());
    lapse.updatedAt = *issued;
    if (auto notes = readNotes(observation, lapse.entry); !notes)
        return fail(notes.error());
    auto version = fhir::readVersion(observation, kObservation);
    if (!version)
        return fail(version.error());
    lapse.versionId = version->versionId;
    lapse.lastUpdated = version->lastUpdated;
    return lapse;
}

} // namespace stepstone::LapseObservationMapper
