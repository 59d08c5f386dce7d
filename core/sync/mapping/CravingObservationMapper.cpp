#include "sync/mapping/CravingObservationMapper.h"

#include "sync/mapping/ClientRecordFhir.h"
#include "sync/mapping/CravingObservationCodes.h"
#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"
#include "sync/mapping/SelfReportedObservation.h"

#include <QJsonArray>

namespace stepstone::CravingObservationMapper {

namespace {

MappingError invalidLog(const QString& field, const QString& why) {
    return {MappingErrorKind::InvalidInput, field, why};
}

QJsonObject component(QLatin1String code, const QString& codeDisplay, QLatin1String valueSystem,
                      const QString& valueCode, const QString& valueDisplay) {
    return {
        {QStringLiteral("code"),
         fhir::codeableConcept(fhir::coding(fhir::systems::kCraving, code, codeDisplay))},
        {QStringLiteral("valueCodeableConcept"),
         fhir::codeableConcept(fhir::coding(valueSystem, valueCode, valueDisplay))},
    };
}

QJsonArray components(const CravingEntry& entry) {
    QJsonArray list;
    for (CravingTrigger trigger : kAllCravingTriggers)
        if (entry.triggers.testFlag(trigger))
            list.append(component(fhir::craving::kTriggerComponent, QStringLiteral("Trigger"),
                                  fhir::systems::kCravingTrigger, codeFor(trigger),
                                  fhir::craving::displayFor(trigger)));
    if (!entry.copingSkillId.isEmpty())
        list.append(component(fhir::craving::kCopingSkillComponent,
                              QStringLiteral("Coping skill used"), fhir::systems::kCopingSkill,
                              entry.copingSkillId, {}));
    list.append(component(fhir::craving::kOutcomeComponent, QStringLiteral("Outcome"),
                          fhir::systems::kCravingOutcome, codeFor(entry.outcome),
                          fhir::craving::displayFor(entry.outcome)));
    return list;
}

} // namespace

Result<QJsonObject, MappingError> toObservation(const CravingLog& log, const QString& patientId) {
    if (log.deletedAt)
        return fail(invalidLog(QStringLiteral("Observation"),
                               QStringLiteral("a deleted log is DELETE Observation/<id>")));
    if (log.id.isNull())
        return fail(invalidLog(QStringLiteral("Observation.id"), QStringLiteral("null UUID")));
    if (!fhir::isFhirId(patientId))
        return fail(
            invalidLog(QStringLiteral("Observation.subject"), QStringLiteral("not a FHIR id")));
    if (!log.entry.isValid())
        return fail(invalidLog(QStringLiteral("Observation"), QStringLiteral("invalid entry")));
    if (!log.entry.copingSkillId.isEmpty() && !fhir::isFhirCode(log.entry.copingSkillId))
        return fail(invalidLog(QStringLiteral("Observation.component"),
                               QStringLiteral("coping skill id is not a FHIR code")));
    const QString effective = toFhirInstant(log.entry.occurredAt);
    if (effective.isEmpty())
        return fail(invalidLog(QStringLiteral("Observation.effectiveDateTime"),
                               QStringLiteral("not representable")));

    QJsonObject observation =
        fhir::selfReportedObservation(log.id, patientId, QLatin1String("survey"),
                                      QStringLiteral("Survey"), fhir::craving::logCode());
    observation.insert(QLatin1String("effectiveDateTime"), effective);
    observation.insert(QLatin1String("valueInteger"), log.entry.intensity);
    observation.insert(QLatin1String("component"), components(log.entry));
    const QString issued = toFhirInstant(log.updatedAt);
    if (!issued.isEmpty())
        observation.insert(QLatin1String("issued"), issued);
    if (const QJsonArray note = fhir::noteFrom(log.entry.note); !note.isEmpty())
        observation.insert(QLatin1String("note"), note);
    return observation;
}

} // namespace stepstone::CravingObservationMapper
