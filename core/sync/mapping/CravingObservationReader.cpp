// CravingObservationMapper::fromObservation: the server's Observation back into a craving log.
#include "sync/mapping/CravingObservationCodes.h"
#include "sync/mapping/CravingObservationMapper.h"
#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <cmath>

namespace stepstone::CravingObservationMapper {

namespace {

const QString kObservation = QStringLiteral("Observation");
constexpr qsizetype kMaxCopingSkillIdLength = 100; // as CravingEntry::isValid

Result<QUuid, MappingError> readId(const QJsonObject& observation) {
    auto text = fhir::requiredString(observation, QLatin1String("id"), kObservation);
    if (!text)
        return fail(text.error());
    const QUuid id = QUuid::fromString(*text);
    if (id.isNull() || id.toString(QUuid::WithoutBraces) != text->toLower())
        return fail(
            MappingError::wrongType(QStringLiteral("Observation.id"), QStringLiteral("a UUID")));
    return id;
}

Result<void, MappingError> checkIsCravingLog(const QJsonObject& observation) {
    const QString path = QStringLiteral("Observation.code");
    auto code = fhir::requiredObject(observation, QLatin1String("code"), kObservation);
    if (!code)
        return fail(code.error());
    auto craving = fhir::codeFrom(*code, fhir::systems::kCraving, path);
    if (!craving)
        return fail(craving.error());
    if (*craving != fhir::craving::kLogCode)
        return fail(MappingError{MappingErrorKind::WrongResource, path,
                                 QStringLiteral("not a Stepstone craving log")});
    return {};
}

Result<void, MappingError> checkStatus(const QJsonObject& observation) {
    auto status = fhir::requiredString(observation, QLatin1String("status"), kObservation);
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

Result<void, MappingError> checkSubject(const QJsonObject& observation, const QString& patientId) {
    const QString path = QStringLiteral("Observation.subject");
    auto subject = fhir::requiredObject(observation, QLatin1String("subject"), kObservation);
    if (!subject)
        return fail(subject.error());
    auto reference = fhir::requiredString(*subject, QLatin1String("reference"), path);
    if (!reference)
        return fail(reference.error());
    const auto target = fhir::referenceTarget(*reference);
    if (!target || target->type != QLatin1String("Patient") || target->id != patientId)
        return fail(MappingError{MappingErrorKind::WrongResource, path,
                                 QStringLiteral("not this client's")});
    return {};
}

Result<int, MappingError> readIntensity(const QJsonObject& observation) {
    const QString path = QStringLiteral("Observation.valueInteger");
    const QJsonValue value = observation.value(QLatin1String("valueInteger"));
    if (value.isUndefined() || value.isNull())
        return fail(MappingError::missing(path));
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number)
        return fail(MappingError::wrongType(path, QStringLiteral("an integer")));
    if (number < CravingEntry::kMinIntensity || number > CravingEntry::kMaxIntensity)
        return fail(MappingError::outOfRange(path, QStringLiteral("0 to 10")));
    return static_cast<int>(number);
}

Result<QString, MappingError> readNote(const QJsonObject& observation) {
    auto notes = fhir::optionalArray(observation, QLatin1String("note"), kObservation);
    if (!notes)
        return fail(notes.error());
    if (notes->isEmpty())
        return QString();
    auto first = fhir::objectAt(*notes, 0, QStringLiteral("Observation.note"));
    if (!first)
        return fail(first.error());
    auto text =
        fhir::optionalString(*first, QLatin1String("text"), QStringLiteral("Observation.note[0]"));
    if (!text)
        return fail(text.error());
    if (text->size() > CravingEntry::kMaxNoteLength)
        return fail(MappingError::outOfRange(QStringLiteral("Observation.note[0].text"),
                                             QStringLiteral("at most 4000 characters")));
    return *text;
}

// What the components say; each may appear once except triggers.
struct Components {
    CravingTriggers triggers;
    std::optional<QString> copingSkillId;
    std::optional<CravingOutcome> outcome;
};

// The code of `valueCodeableConcept` in `system`; nullopt when it has no coding of that system.
Result<std::optional<QString>, MappingError> valueCode(const QJsonObject& component,
                                                       QLatin1String system, const QString& path) {
    auto value = fhir::requiredObject(component, QLatin1String("valueCodeableConcept"), path);
    if (!value)
        return fail(value.error());
    return fhir::codeFrom(*value, system, path + QStringLiteral(".valueCodeableConcept"));
}

Result<void, MappingError> readComponent(const QJsonObject& component, const QString& path,
                                         Components& into) {
    auto codeObject = fhir::optionalObject(component, QLatin1String("code"), path);
    if (!codeObject)
        return fail(codeObject.error());
    auto kind =
        fhir::codeFrom(*codeObject, fhir::systems::kCraving, path + QStringLiteral(".code"));
    if (!kind)
        return fail(kind.error());
    if (*kind == fhir::craving::kTriggerComponent) {
        auto code = valueCode(component, fhir::systems::kCravingTrigger, path);
        if (!code)
            return fail(code.error());
        if (*code)
            if (const auto trigger = cravingTriggerFromCode(**code))
                into.triggers |= *trigger;
    } else if (*kind == fhir::craving::kCopingSkillComponent) {
        auto code = valueCode(component, fhir::systems::kCopingSkill, path);
        if (!code)
            return fail(code.error());
        if (!*code)
            return {}; // a skill from some other catalog: nothing this app can show
        if (into.copingSkillId)
            return fail(MappingError::outOfRange(path, QStringLiteral("one coping skill")));
        if ((*code)->size() > kMaxCopingSkillIdLength || !fhir::isFhirCode(**code))
            return fail(MappingError::outOfRange(path + QStringLiteral(".valueCodeableConcept"),
                                                 QStringLiteral("a code of 1-100 characters")));
        into.copingSkillId = **code;
    } else if (*kind == fhir::craving::kOutcomeComponent) {
        auto code = valueCode(component, fhir::systems::kCravingOutcome, path);
        if (!code)
            return fail(code.error());
        if (into.outcome)
            return fail(MappingError::outOfRange(path, QStringLiteral("one outcome")));
        const auto outcome = *code ? cravingOutcomeFromCode(**code) : std::nullopt;
        if (!outcome)
            return fail(MappingError::unknownCode(path + QStringLiteral(".valueCodeableConcept")));
        into.outcome = outcome;
    }
    return {};
}

Result<Components, MappingError> readComponents(const QJsonObject& observation) {
    const QString path = QStringLiteral("Observation.component");
    auto list = fhir::optionalArray(observation, QLatin1String("component"), kObservation);
    if (!list)
        return fail(list.error());
    Components components;
    for (qsizetype i = 0; i < list->size(); ++i) {
        auto component = fhir::objectAt(*list, i, path);
        if (!component)
            return fail(component.error());
        auto read = readComponent(*component, path + QStringLiteral("[%1]").arg(i), components);
        if (!read)
            return fail(read.error());
    }
    if (!components.outcome)
        return fail(MappingError::missing(QStringLiteral("Observation.component:outcome")));
    return components;
}

Result<void, MappingError> readMeta(const QJsonObject& observation, ServerCravingLog& into) {
    auto meta = fhir::optionalObject(observation, QLatin1String("meta"), kObservation);
    if (!meta)
        return fail(meta.error());
    const QString path = QStringLiteral("Observation.meta");
    auto versionId = fhir::optionalString(*meta, QLatin1String("versionId"), path);
    if (!versionId)
        return fail(versionId.error());
    auto lastUpdated = fhir::optionalInstant(*meta, QLatin1String("lastUpdated"), path);
    if (!lastUpdated)
        return fail(lastUpdated.error());
    into.versionId = *versionId;
    into.lastUpdated = *lastUpdated;
    return {};
}

} // namespace

Result<ServerCravingLog, MappingError> fromObservation(const QJsonObject& observation,
                                                       const QString& patientId) {
    if (auto type = fhir::expectResourceType(observation, QLatin1String("Observation")); !type)
        return fail(type.error());
    if (auto craving = checkIsCravingLog(observation); !craving)
        return fail(craving.error());
    if (auto status = checkStatus(observation); !status)
        return fail(status.error());
    if (auto subject = checkSubject(observation, patientId); !subject)
        return fail(subject.error());

    ServerCravingLog log;
    auto id = readId(observation);
    if (!id)
        return fail(id.error());
    log.id = *id;
    auto occurredAt =
        fhir::requiredInstant(observation, QLatin1String("effectiveDateTime"), kObservation);
    if (!occurredAt)
        return fail(occurredAt.error());
    log.entry.occurredAt = *occurredAt;
    auto issued = fhir::optionalInstant(observation, QLatin1String("issued"), kObservation);
    if (!issued)
        return fail(issued.error());
    log.updatedAt = *issued;
    auto intensity = readIntensity(observation);
    if (!intensity)
        return fail(intensity.error());
    log.entry.intensity = *intensity;
    auto note = readNote(observation);
    if (!note)
        return fail(note.error());
    log.entry.note = *note;
    auto components = readComponents(observation);
    if (!components)
        return fail(components.error());
    log.entry.triggers = components->triggers;
    log.entry.copingSkillId = components->copingSkillId.value_or(QString());
    log.entry.outcome = *components->outcome;
    if (auto meta = readMeta(observation, log); !meta)
        return fail(meta.error());
    if (!log.entry.isValid())
        return fail(
            MappingError::outOfRange(kObservation, QStringLiteral("not a valid craving log")));
    return log;
}

} // namespace stepstone::CravingObservationMapper
