#include "sync/mapping/MedicationRequestReader.h"

#include "sync/mapping/ClientRecordFhir.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"
#include "sync/mapping/MedicationConcept.h"

#include <QJsonArray>

namespace stepstone::MedicationRequestReader {

namespace {

const QString kRequest = QStringLiteral("MedicationRequest");

Result<ClinicMedication::Status, MappingError> readStatus(const QJsonObject& request) {
    const QString path = kRequest + QStringLiteral(".status");
    auto status = fhir::requiredString(request, QLatin1String("status"), kRequest);
    if (!status)
        return fail(status.error());
    if (*status == QLatin1String("active"))
        return ClinicMedication::Status::Active;
    if (*status == QLatin1String("on-hold"))
        return ClinicMedication::Status::OnHold;
    if (*status == QLatin1String("entered-in-error"))
        return fail(
            MappingError{MappingErrorKind::EnteredInError, path, QStringLiteral("withdrawn")});
    for (const char* notListed : {"stopped", "completed", "cancelled", "draft", "unknown"})
        if (*status == QLatin1String(notListed))
            return fail(
                MappingError{MappingErrorKind::NotListed, path, QStringLiteral("not current")});
    return fail(MappingError::unknownCode(path));
}

// The clinic's text, cleaned, or OutOfRange when longer than `maxLength`.
Result<QString, MappingError> clinicText(const QString& text, const QString& path,
                                         qsizetype maxLength) {
    const QString cleaned = fhir::fhirStringFrom(text).trimmed();
    if (cleaned.size() > maxLength)
        return fail(
            MappingError::outOfRange(path, QStringLiteral("at most %1 characters").arg(maxLength)));
    return cleaned;
}

Result<QString, MappingError> readDosageText(const QJsonObject& request) {
    auto text = fhir::firstText(request, QLatin1String("dosageInstruction"), kRequest);
    if (!text)
        return fail(text.error());
    return clinicText(*text, kRequest + QStringLiteral(".dosageInstruction[0].text"),
                      kMaxDosageTextLength);
}

Result<QString, MappingError> readPrescriber(const QJsonObject& request) {
    const QString path = kRequest + QStringLiteral(".requester");
    auto requester = fhir::optionalObject(request, QLatin1String("requester"), kRequest);
    if (!requester)
        return fail(requester.error());
    auto display = fhir::optionalString(*requester, QLatin1String("display"), path);
    if (!display)
        return fail(display.error());
    return clinicText(*display, path + QStringLiteral(".display"), kMaxPrescriberLength);
}

Result<std::optional<QDate>, MappingError> readAuthoredOn(const QJsonObject& request) {
    auto text = fhir::optionalString(request, QLatin1String("authoredOn"), kRequest);
    if (!text)
        return fail(text.error());
    if (text->size() < 10)
        return std::optional<QDate>(); // empty, a year or a month: no day to show
    if (const auto day = fromFhirDate(QStringView(*text).left(10));
        day && (text->size() == 10 || fromFhirInstant(*text)))
        return std::optional<QDate>(*day);
    return fail(MappingError::wrongType(kRequest + QStringLiteral(".authoredOn"),
                                        QStringLiteral("a FHIR dateTime")));
}

} // namespace

Result<ClinicMedication, MappingError> fromMedicationRequest(const QJsonObject& request,
                                                             const QString& patientId) {
    if (auto type = fhir::expectResourceType(request, QLatin1String("MedicationRequest")); !type)
        return fail(type.error());
    ClinicMedication medication;
    auto id = fhir::requiredString(request, QLatin1String("id"), kRequest);
    if (!id)
        return fail(id.error());
    if (!fhir::isFhirId(*id))
        return fail(
            MappingError::wrongType(kRequest + QStringLiteral(".id"), QStringLiteral("a FHIR id")));
    medication.id = *id;
    auto status = readStatus(request);
    if (!status)
        return fail(status.error());
    medication.status = *status;
    if (auto subject =
            fhir::checkPatientReference(request, QLatin1String("subject"), kRequest, patientId);
        !subject)
        return fail(subject.error());
    auto coded = fhir::readMedicationConcept(request, kRequest);
    if (!coded)
        return fail(coded.error());
    auto name = clinicText(coded->name, kRequest + QStringLiteral(".medicationCodeableConcept"),
                           kMaxNameLength);
    if (!name)
        return fail(name.error());
    medication.name = *name;
    medication.rxNormCode = coded->rxNormCode;
    auto dosage = readDosageText(request);
    if (!dosage)
        return fail(dosage.error());
    medication.dosageText = *dosage;
    auto prescriber = readPrescriber(request);
    if (!prescriber)
        return fail(prescriber.error());
    medication.prescriber = *prescriber;
    auto authoredOn = readAuthoredOn(request);
    if (!authoredOn)
        return fail(authoredOn.error());
    medication.authoredOn = *authoredOn;
    auto version = fhir::readVersion(request, kRequest);
    if (!version)
        return fail(version.error());
    medication.versionId = version->versionId;
    return medication;
}

} // namespace stepstone::MedicationRequestReader
