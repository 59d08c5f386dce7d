#include "sync/mapping/ProgramObservationMapper.h"

#include "sync/mapping/ClientRecordFhir.h"
#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"
#include "sync/mapping/SelfReportedObservation.h"

#include <QJsonArray>

namespace stepstone::ProgramObservationMapper {

namespace {

const QString kObservation = QStringLiteral("Observation");
constexpr QLatin1String kProgramCode("treatment-program");
constexpr QLatin1String kStepDownCode("step-down-date");

MappingError invalidProgram(const QString& field, const QString& why) {
    return {MappingErrorKind::InvalidInput, field, why};
}

QString levelDisplay(ProgramLevel level) {
    switch (level) {
    case ProgramLevel::Iop:
        return QStringLiteral("Intensive outpatient program");
    case ProgramLevel::Outpatient:
        return QStringLiteral("Standard outpatient");
    case ProgramLevel::Aftercare:
        break;
    }
    return QStringLiteral("Aftercare");
}

Result<ProgramLevel, MappingError> readLevel(const QJsonObject& observation) {
    auto code = fhir::requiredCodeFrom(observation, QLatin1String("valueCodeableConcept"),
                                       fhir::systems::kProgramLevel, kObservation);
    if (!code)
        return fail(code.error());
    const auto level = levelFromCode(*code);
    if (!level)
        return fail(
            MappingError::unknownCode(kObservation + QStringLiteral(".valueCodeableConcept")));
    return *level;
}

// The step-down date from its component; nullopt when there is none.
Result<std::optional<QDate>, MappingError> readStepDown(const QJsonObject& observation) {
    const QString listPath = kObservation + QStringLiteral(".component");
    auto components = fhir::optionalArray(observation, QLatin1String("component"), kObservation);
    if (!components)
        return fail(components.error());
    std::optional<QDate> stepDown;
    for (qsizetype i = 0; i < components->size(); ++i) {
        const QString path = listPath + QStringLiteral("[%1]").arg(i);
        auto component = fhir::objectAt(*components, i, listPath);
        if (!component)
            return fail(component.error());
        auto coded = fhir::optionalObject(*component, QLatin1String("code"), path);
        if (!coded)
            return fail(coded.error());
        auto code = fhir::codeFrom(*coded, fhir::systems::kProgram, path + QStringLiteral(".code"));
        if (!code)
            return fail(code.error());
        if (*code != kStepDownCode)
            continue;
        if (stepDown)
            return fail(MappingError::outOfRange(path, QStringLiteral("one step-down date")));
        auto text = fhir::requiredString(*component, QLatin1String("valueDateTime"), path);
        if (!text)
            return fail(text.error());
        stepDown = fromFhirDate(*text);
        if (!stepDown)
            return fail(MappingError::wrongType(path + QStringLiteral(".valueDateTime"),
                                                QStringLiteral("a day, YYYY-MM-DD")));
    }
    return stepDown;
}

} // namespace

Result<QJsonObject, MappingError> toObservation(const Program& program, const QString& patientId) {
    if (program.id.isNull())
        return fail(invalidProgram(QStringLiteral("Observation.id"), QStringLiteral("null UUID")));
    if (!fhir::isFhirId(patientId))
        return fail(
            invalidProgram(QStringLiteral("Observation.subject"), QStringLiteral("not a FHIR id")));
    if (!program.status.isValid())
        return fail(invalidProgram(kObservation, QStringLiteral("invalid program status")));
    const QString effective = toFhirInstant(program.updatedAt);
    if (effective.isEmpty())
        return fail(invalidProgram(QStringLiteral("Observation.effectiveDateTime"),
                                   QStringLiteral("not representable")));

    QJsonObject observation = fhir::selfReportedObservation(
        program.id, patientId, QLatin1String("social-history"), QStringLiteral("Social History"),
        fhir::codeableConcept(fhir::coding(fhir::systems::kProgram, kProgramCode,
                                           QStringLiteral("Treatment program"))));
    observation.insert(QLatin1String("effectiveDateTime"), effective);
    const ProgramLevel level = program.status.level;
    observation.insert(QLatin1String("valueCodeableConcept"),
                       fhir::codeableConcept(fhir::coding(fhir::systems::kProgramLevel,
                                                          levelCode(level), levelDisplay(level))));
    if (program.status.stepDownOn)
        observation.insert(
            QLatin1String("component"),
            QJsonArray{QJsonObject{
                {QStringLiteral("code"),
                 fhir::codeableConcept(fhir::coding(fhir::systems::kProgram, kStepDownCode,
                                                    QStringLiteral("Step-down date")))},
                {QStringLiteral("valueDateTime"), toFhirDate(*program.status.stepDownOn)}}});
    return observation;
}

Result<ServerProgram, MappingError> fromObservation(const QJsonObject& observation,
                                                    const QString& patientId) {
    if (auto own =
            fhir::checkOwnObservation(observation, fhir::systems::kProgram, kProgramCode,
                                      QStringLiteral("a Stepstone treatment program"), patientId);
        !own)
        return fail(own.error());

    ServerProgram program;
    auto id = fhir::readUuidId(observation, kObservation);
    if (!id)
        return fail(id.error());
    program.id = *id;
    auto updatedAt =
        fhir::requiredInstant(observation, QLatin1String("effectiveDateTime"), kObservation);
    if (!updatedAt)
        return fail(updatedAt.error());
    program.updatedAt = *updatedAt;
    auto level = readLevel(observation);
    if (!level)
        return fail(level.error());
    program.status.level = *level;
    auto stepDown = readStepDown(observation);
    if (!stepDown)
        return fail(stepDown.error());
    program.status.stepDownOn = *stepDown;
    if (!program.status.isValid())
        return fail(MappingError::outOfRange(
            kObservation + QStringLiteral(".component"),
            QStringLiteral("a step-down date before aftercare only, in 2000 to 2100")));
    auto version = fhir::readVersion(observation, kObservation);
    if (!version)
        return fail(version.error());
    program.versionId = version->versionId;
    program.lastUpdated = version->lastUpdated;
    return program;
}

} // namespace stepstone::ProgramObservationMapper
