// CravingObservationMapper::fromObservation: the server's Observation back into a craving log.
#include "sync/mapping/ClientRecordFhir.h"
#include "sync/mapping/CravingObservationCodes.h"
#include "sync/mapping/CravingObservationMapper.h"
#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirJson.h"

#include <QJsonArray>

namespace stepstone::CravingObservationMapper {

namespace {

const QString kObservation = QStringLiteral("Observation");
constexpr qsizetype kMaxCopingSkillIdLength = 100; // as CravingEntry::isValid

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

} // namespace

Result<ServerCravingLog, MappingError> fromObservation(const QJsonObject& observation,
                                                       const QString& patientId) {
    if (auto own =
            fhir::checkOwnObservation(observation, fhir::systems::kCraving, fhir::craving::kLogCode,
                                      QStringLiteral("a Stepstone craving log"), patientId);
        !own)
        return fail(own.error());

    ServerCravingLog log;
    auto id = fhir::readUuidId(observation, kObservation);
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
    auto intensity = fhir::readIntegerIn(observation, QLatin1String("valueInteger"), kObservation,
                                         CravingEntry::kMinIntensity, CravingEntry::kMaxIntensity);
    if (!intensity)
        return fail(intensity.error());
    log.entry.intensity = *intensity;
    auto note = fhir::firstNoteText(observation, kObservation, CravingEntry::kMaxNoteLength);
    if (!note)
        return fail(note.error());
    log.entry.note = *note;
    auto components = readComponents(observation);
    if (!components)
        return fail(components.error());
    log.entry.triggers = components->triggers;
    log.entry.copingSkillId = components->copingSkillId.value_or(QString());
    log.entry.outcome = *components->outcome;
    auto version = fhir::readVersion(observation, kObservation);
    if (!version)
        return fail(version.error());
    log.versionId = version->versionId;
    log.lastUpdated = version->lastUpdated;
    if (!log.entry.isValid())
        return fail(
            MappingError::outOfRange(kObservation, QStringLiteral("not a valid craving log")));
    return log;
}

} // namespace stepstone::CravingObservationMapper
