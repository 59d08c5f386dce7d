#include "sync/mapping/MedicationStatementMapper.h"

#include "sync/mapping/ClientRecordFhir.h"
#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"
#include "sync/mapping/MedicationConcept.h"
#include "sync/mapping/MedicationDosage.h"
#include "sync/mapping/PartTwoSecurityLabels.h"

#include <QJsonArray>

namespace stepstone::MedicationStatementMapper {

namespace {

const QString kStatement = QStringLiteral("MedicationStatement");

MappingError invalidMedication(const QString& field, const QString& why) {
    return {MappingErrorKind::InvalidInput, field, why};
}

std::optional<MappingError> checkSendable(const Medication& medication, const QString& patientId) {
    const MedicationEntry& entry = medication.entry;
    if (medication.id.isNull())
        return invalidMedication(kStatement + QStringLiteral(".id"), QStringLiteral("null UUID"));
    if (!fhir::isFhirId(patientId))
        return invalidMedication(kStatement + QStringLiteral(".subject"),
                                 QStringLiteral("not a FHIR id"));
    if (entry.name.trimmed().isEmpty())
        return invalidMedication(kStatement + QStringLiteral(".medicationCodeableConcept"),
                                 QStringLiteral("no name"));
    if (!entry.rxNormCode.isEmpty() && !fhir::isRxNormCode(entry.rxNormCode))
        return invalidMedication(kStatement + QStringLiteral(".medicationCodeableConcept"),
                                 QStringLiteral("not an RxNorm code"));
    if (!entry.clinicRequestId.isEmpty() && !fhir::isFhirId(entry.clinicRequestId))
        return invalidMedication(kStatement + QStringLiteral(".basedOn"),
                                 QStringLiteral("not a FHIR id"));
    if (!fhir::isSendableDose(entry.dose))
        return invalidMedication(kStatement + QStringLiteral(".dosage"),
                                 QStringLiteral("a dose above 0 with a unit"));
    if (!fhir::isCompleteSchedule(entry.schedule))
        return invalidMedication(kStatement + QStringLiteral(".dosage.timing"),
                                 QStringLiteral("a schedule with its times and days"));
    for (QTime time : entry.schedule.timesOfDay)
        if (!time.isValid())
            return invalidMedication(kStatement + QStringLiteral(".dosage.timing"),
                                     QStringLiteral("an invalid time"));
    if (entry.refillOn && toFhirDate(*entry.refillOn).isEmpty())
        return invalidMedication(kStatement + QStringLiteral(".extension"),
                                 QStringLiteral("an invalid refill date"));
    return std::nullopt;
}

QJsonArray extensions(const MedicationEntry& entry) {
    QJsonArray list;
    if (entry.refillOn)
        list.append(
            QJsonObject{{QStringLiteral("url"), QString(fhir::systems::kRefillDueExtension)},
                        {QStringLiteral("valueDate"), toFhirDate(*entry.refillOn)}});
    if (const QString prescriber = fhir::fhirStringFrom(entry.prescriber);
        !prescriber.trimmed().isEmpty())
        list.append(
            QJsonObject{{QStringLiteral("url"), QString(fhir::systems::kPrescriberExtension)},
                        {QStringLiteral("valueString"), prescriber}});
    return list;
}

Result<void, MappingError> readStatus(const QJsonObject& statement) {
    auto status = fhir::requiredString(statement, QLatin1String("status"), kStatement);
    if (!status)
        return fail(status.error());
    if (*status == QLatin1String("active") || *status == QLatin1String("intended") ||
        *status == QLatin1String("on-hold"))
        return {};
    if (*status == QLatin1String("entered-in-error"))
        return fail(MappingError{MappingErrorKind::EnteredInError,
                                 kStatement + QStringLiteral(".status"),
                                 QStringLiteral("withdrawn")});
    return fail(MappingError::outOfRange(kStatement + QStringLiteral(".status"),
                                         QStringLiteral("active, intended or on-hold")));
}

Result<void, MappingError> readExtensions(const QJsonObject& statement, MedicationEntry& into) {
    auto list = fhir::optionalArray(statement, QLatin1String("extension"), kStatement);
    if (!list)
        return fail(list.error());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = kStatement + QStringLiteral(".extension[%1]").arg(i);
        auto extension = fhir::objectAt(*list, i, kStatement + QStringLiteral(".extension"));
        if (!extension)
            return fail(extension.error());
        auto url = fhir::requiredString(*extension, QLatin1String("url"), path);
        if (!url)
            return fail(url.error());
        if (*url == fhir::systems::kRefillDueExtension) {
            auto text = fhir::requiredString(*extension, QLatin1String("valueDate"), path);
            if (!text)
                return fail(text.error());
            into.refillOn = fromFhirDate(*text);
            if (!into.refillOn)
                return fail(MappingError::wrongType(path + QStringLiteral(".valueDate"),
                                                    QStringLiteral("a day, YYYY-MM-DD")));
        } else if (*url == fhir::systems::kPrescriberExtension) {
            auto text = fhir::requiredString(*extension, QLatin1String("valueString"), path);
            if (!text)
                return fail(text.error());
            into.prescriber = *text;
        }
    }
    return {};
}

// basedOn's first MedicationRequest, the clinic's order; empty when there is none.
Result<QString, MappingError> readClinicRequest(const QJsonObject& statement) {
    auto list = fhir::optionalArray(statement, QLatin1String("basedOn"), kStatement);
    if (!list)
        return fail(list.error());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = kStatement + QStringLiteral(".basedOn[%1]").arg(i);
        auto basedOn = fhir::objectAt(*list, i, kStatement + QStringLiteral(".basedOn"));
        if (!basedOn)
            return fail(basedOn.error());
        auto reference = fhir::optionalString(*basedOn, QLatin1String("reference"), path);
        if (!reference)
            return fail(reference.error());
        const auto target = fhir::referenceTarget(*reference);
        if (target && target->type == QLatin1String("MedicationRequest"))
            return target->id;
    }
    return QString();
}

Result<void, MappingError> readDosage(const QJsonObject& statement, MedicationEntry& into) {
    auto dosages = fhir::optionalArray(statement, QLatin1String("dosage"), kStatement);
    if (!dosages)
        return fail(dosages.error());
    if (dosages->isEmpty())
        return fail(MappingError::missing(kStatement + QStringLiteral(".dosage")));
    auto first = fhir::objectAt(*dosages, 0, kStatement + QStringLiteral(".dosage"));
    if (!first)
        return fail(first.error());
    auto dosage = fhir::readDosage(*first, kStatement + QStringLiteral(".dosage[0]"));
    if (!dosage)
        return fail(dosage.error());
    into.dose = dosage->dose;
    into.schedule = dosage->schedule;
    return {};
}

} // namespace

Result<QJsonObject, MappingError> toMedicationStatement(const Medication& medication,
                                                        const QString& patientId) {
    if (auto invalid = checkSendable(medication, patientId))
        return fail(*invalid);
    const MedicationEntry& entry = medication.entry;
    const QJsonObject patient = fhir::reference(QStringLiteral("Patient"), patientId);
    QJsonObject statement{
        {QStringLiteral("resourceType"), kStatement},
        {QStringLiteral("id"), medication.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("security"), fhir::partTwoSecurityLabels()}}},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("medicationCodeableConcept"),
         fhir::medicationConcept({entry.name.trimmed(), entry.rxNormCode})},
        {QStringLiteral("subject"), patient},
        {QStringLiteral("informationSource"), patient},
        {QStringLiteral("dosage"), QJsonArray{fhir::dosageFrom(entry.dose, entry.schedule)}},
    };
    if (!entry.clinicRequestId.isEmpty())
        statement.insert(QLatin1String("basedOn"),
                         QJsonArray{fhir::reference(QStringLiteral("MedicationRequest"),
                                                    entry.clinicRequestId)});
    if (const QString asserted = toFhirInstant(medication.updatedAt); !asserted.isEmpty())
        statement.insert(QLatin1String("dateAsserted"), asserted);
    if (const QJsonArray list = extensions(entry); !list.isEmpty())
        statement.insert(QLatin1String("extension"), list);
    return statement;
}

Result<ServerMedication, MappingError> fromMedicationStatement(const QJsonObject& statement,
                                                               const QString& patientId) {
    if (auto type = fhir::expectResourceType(statement, QLatin1String("MedicationStatement"));
        !type)
        return fail(type.error());
    if (auto status = readStatus(statement); !status)
        return fail(status.error());
    if (auto subject =
            fhir::checkPatientReference(statement, QLatin1String("subject"), kStatement, patientId);
        !subject)
        return fail(subject.error());

    ServerMedication medication;
    auto id = fhir::readUuidId(statement, kStatement);
    if (!id)
        return fail(id.error());
    medication.id = *id;
    auto coded = fhir::readMedicationConcept(statement, kStatement);
    if (!coded)
        return fail(coded.error());
    medication.entry.name = coded->name;
    medication.entry.rxNormCode = coded->rxNormCode;
    auto request = readClinicRequest(statement);
    if (!request)
        return fail(request.error());
    medication.entry.clinicRequestId = *request;
    if (auto dosage = readDosage(statement, medication.entry); !dosage)
        return fail(dosage.error());
    if (auto read = readExtensions(statement, medication.entry); !read)
        return fail(read.error());
    auto asserted = fhir::optionalInstant(statement, QLatin1String("dateAsserted"), kStatement);
    if (!asserted)
        return fail(asserted.error());
    medication.updatedAt = *asserted;
    auto version = fhir::readVersion(statement, kStatement);
    if (!version)
        return fail(version.error());
    medication.versionId = version->versionId;
    medication.lastUpdated = version->lastUpdated;
    return medication;
}

} // namespace stepstone::MedicationStatementMapper
