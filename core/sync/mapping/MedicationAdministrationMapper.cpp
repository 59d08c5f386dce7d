#include "sync/mapping/MedicationAdministrationMapper.h"

#include "sync/mapping/ClientRecordFhir.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"
#include "sync/mapping/MedicationConcept.h"
#include "sync/mapping/MedicationDosage.h"
#include "sync/mapping/PartTwoSecurityLabels.h"

#include <QJsonArray>

namespace stepstone::MedicationAdministrationMapper {

namespace {

const QString kAdministration = QStringLiteral("MedicationAdministration");
constexpr QLatin1String kCompleted("completed");
constexpr QLatin1String kNotDone("not-done");

MappingError invalidDose(const QString& field, const QString& why) {
    return {MappingErrorKind::InvalidInput, kAdministration + field, why};
}

Result<DoseOutcome, MappingError> readOutcome(const QJsonObject& administration) {
    auto status = fhir::requiredString(administration, QLatin1String("status"), kAdministration);
    if (!status)
        return fail(status.error());
    if (*status == kCompleted)
        return DoseOutcome::Taken;
    if (*status == kNotDone)
        return DoseOutcome::Skipped;
    if (*status == QLatin1String("entered-in-error"))
        return fail(MappingError{MappingErrorKind::EnteredInError,
                                 kAdministration + QStringLiteral(".status"),
                                 QStringLiteral("withdrawn")});
    return fail(MappingError::unknownCode(kAdministration + QStringLiteral(".status")));
}

Result<QUuid, MappingError> readMedicationId(const QJsonObject& administration) {
    const QString path = kAdministration + QStringLiteral(".supportingInformation");
    auto list = fhir::optionalArray(administration, QLatin1String("supportingInformation"),
                                    kAdministration);
    if (!list)
        return fail(list.error());
    for (qsizetype i = 0; i < list->size(); ++i) {
        auto item = fhir::objectAt(*list, i, path);
        if (!item)
            return fail(item.error());
        auto reference = fhir::optionalString(*item, QLatin1String("reference"),
                                              path + QStringLiteral("[%1]").arg(i));
        if (!reference)
            return fail(reference.error());
        const auto target = fhir::referenceTarget(*reference);
        if (!target || target->type != QLatin1String("MedicationStatement"))
            continue;
        const QUuid id = QUuid::fromString(target->id);
        if (id.isNull() || id.toString(QUuid::WithoutBraces) != target->id.toLower())
            return fail(MappingError::wrongType(path, QStringLiteral("a Stepstone medicine")));
        return id;
    }
    return fail(MappingError::missing(path + QStringLiteral(":MedicationStatement")));
}

} // namespace

Result<QJsonObject, MappingError> toMedicationAdministration(const DoseEvent& event,
                                                             const Medication& medication,
                                                             const QString& patientId) {
    const DoseMark& mark = event.mark;
    if (event.id.isNull())
        return fail(invalidDose(QStringLiteral(".id"), QStringLiteral("null UUID")));
    if (!fhir::isFhirId(patientId))
        return fail(invalidDose(QStringLiteral(".subject"), QStringLiteral("not a FHIR id")));
    if (mark.medicationId.isNull() || mark.medicationId != medication.id)
        return fail(invalidDose(QStringLiteral(".supportingInformation"),
                                QStringLiteral("not the mark's medicine")));
    if (medication.entry.name.trimmed().isEmpty() ||
        (!medication.entry.rxNormCode.isEmpty() &&
         !fhir::isRxNormCode(medication.entry.rxNormCode)))
        return fail(invalidDose(QStringLiteral(".medicationCodeableConcept"),
                                QStringLiteral("a name, and an RxNorm code if any")));
    if (!medication.entry.clinicRequestId.isEmpty() &&
        !fhir::isFhirId(medication.entry.clinicRequestId))
        return fail(invalidDose(QStringLiteral(".request"), QStringLiteral("not a FHIR id")));
    const bool taken = mark.outcome == DoseOutcome::Taken;
    if (taken && !fhir::isSendableDose(medication.entry.dose))
        return fail(
            invalidDose(QStringLiteral(".dosage"), QStringLiteral("a dose above 0 with a unit")));
    const QString effective = toFhirInstant(mark.dueAt);
    if (effective.isEmpty())
        return fail(
            invalidDose(QStringLiteral(".effectiveDateTime"), QStringLiteral("not representable")));

    const QJsonObject patient = fhir::reference(QStringLiteral("Patient"), patientId);
    QJsonObject administration{
        {QStringLiteral("resourceType"), kAdministration},
        {QStringLiteral("id"), event.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("security"), fhir::partTwoSecurityLabels()}}},
        {QStringLiteral("status"), taken ? QString(kCompleted) : QString(kNotDone)},
        {QStringLiteral("medicationCodeableConcept"),
         fhir::medicationConcept({medication.entry.name.trimmed(), medication.entry.rxNormCode})},
        {QStringLiteral("subject"), patient},
        {QStringLiteral("performer"), QJsonArray{QJsonObject{{QStringLiteral("actor"), patient}}}},
        {QStringLiteral("supportingInformation"),
         QJsonArray{fhir::reference(QStringLiteral("MedicationStatement"),
                                    medication.id.toString(QUuid::WithoutBraces))}},
        {QStringLiteral("effectiveDateTime"), effective},
    };
    if (!medication.entry.clinicRequestId.isEmpty())
        administration.insert(
            QLatin1String("request"),
            fhir::reference(QStringLiteral("MedicationRequest"), medication.entry.clinicRequestId));
    if (taken)
        administration.insert(
            QLatin1String("dosage"),
            QJsonObject{{QStringLiteral("dose"), fhir::quantityFrom(medication.entry.dose)}});
    if (const QJsonArray reason = fhir::noteFrom(mark.reason); !reason.isEmpty())
        administration.insert(taken ? QLatin1String("note") : QLatin1String("statusReason"),
                              reason);
    return administration;
}

Result<ServerDoseEvent, MappingError>
fromMedicationAdministration(const QJsonObject& administration, const QString& patientId) {
    if (auto type =
            fhir::expectResourceType(administration, QLatin1String("MedicationAdministration"));
        !type)
        return fail(type.error());
    auto outcome = readOutcome(administration);
    if (!outcome)
        return fail(outcome.error());
    if (auto subject = fhir::checkPatientReference(administration, QLatin1String("subject"),
                                                   kAdministration, patientId);
        !subject)
        return fail(subject.error());

    ServerDoseEvent event;
    event.mark.outcome = *outcome;
    auto id = fhir::readUuidId(administration, kAdministration);
    if (!id)
        return fail(id.error());
    event.id = *id;
    auto medicationId = readMedicationId(administration);
    if (!medicationId)
        return fail(medicationId.error());
    event.mark.medicationId = *medicationId;
    auto dueAt =
        fhir::requiredInstant(administration, QLatin1String("effectiveDateTime"), kAdministration);
    if (!dueAt)
        return fail(dueAt.error());
    event.mark.dueAt = *dueAt;
    auto reason = fhir::firstText(administration,
                                  *outcome == DoseOutcome::Taken ? QLatin1String("note")
                                                                 : QLatin1String("statusReason"),
                                  kAdministration);
    if (!reason)
        return fail(reason.error());
    event.mark.reason = *reason;
    auto version = fhir::readVersion(administration, kAdministration);
    if (!version)
        return fail(version.error());
    event.versionId = version->versionId;
    event.lastUpdated = version->lastUpdated;
    return event;
}

} // namespace stepstone::MedicationAdministrationMapper
