#include "sync/mapping/MedicationConcept.h"

#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirJson.h"

#include <QJsonArray>

namespace stepstone::fhir {

QJsonObject medicationConcept(const MedicationConcept& medication) {
    QJsonObject coded{{QStringLiteral("text"), fhirStringFrom(medication.name)}};
    if (!medication.rxNormCode.isEmpty())
        coded.insert(QLatin1String("coding"),
                     QJsonArray{coding(systems::kRxNorm, medication.rxNormCode)});
    return coded;
}

Result<MedicationConcept, MappingError> readMedicationConcept(const QJsonObject& resource,
                                                              const QString& type) {
    const QString path = type + QStringLiteral(".medicationCodeableConcept");
    if (!resource.contains(QLatin1String("medicationCodeableConcept")) &&
        resource.contains(QLatin1String("medicationReference")))
        return fail(MappingError::wrongType(type + QStringLiteral(".medication[x]"),
                                            QStringLiteral("a CodeableConcept")));
    auto coded = requiredObject(resource, QLatin1String("medicationCodeableConcept"), type);
    if (!coded)
        return fail(coded.error());
    auto text = optionalString(*coded, QLatin1String("text"), path);
    if (!text)
        return fail(text.error());
    auto rxNorm = codeFrom(*coded, systems::kRxNorm, path);
    if (!rxNorm)
        return fail(rxNorm.error());
    MedicationConcept medication{fhirStringFrom(*text).trimmed(), rxNorm->value_or(QString())};
    if (!medication.rxNormCode.isEmpty() && !isRxNormCode(medication.rxNormCode))
        return fail(MappingError::wrongType(path + QStringLiteral(".coding"),
                                            QStringLiteral("an RxNorm code")));
    if (medication.name.isEmpty()) {
        const QJsonObject first = coded->value(QLatin1String("coding")).toArray().at(0).toObject();
        medication.name =
            fhirStringFrom(first.value(QLatin1String("display")).toString()).trimmed();
    }
    if (medication.name.isEmpty())
        return fail(MappingError::missing(path + QStringLiteral(".text")));
    return medication;
}

bool isRxNormCode(const QString& code) {
    constexpr qsizetype kMaxRxCuiLength = 12;
    if (code.isEmpty() || code.size() > kMaxRxCuiLength)
        return false;
    for (QChar c : code)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace stepstone::fhir
