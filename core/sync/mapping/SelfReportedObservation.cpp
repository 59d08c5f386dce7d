#include "sync/mapping/SelfReportedObservation.h"

#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirJson.h"
#include "sync/mapping/PartTwoSecurityLabels.h"

namespace stepstone::fhir {

QJsonObject selfReportedObservation(const QUuid& id, const QString& patientId,
                                    QLatin1String category, const QString& categoryDisplay,
                                    const QJsonObject& code) {
    const QJsonObject patient = reference(QStringLiteral("Patient"), patientId);
    return {
        {QStringLiteral("resourceType"), QStringLiteral("Observation")},
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("security"), partTwoSecurityLabels()}}},
        {QStringLiteral("status"), QStringLiteral("final")},
        {QStringLiteral("category"),
         QJsonArray{codeableConcept(
             coding(systems::kObservationCategory, QString(category), categoryDisplay))}},
        {QStringLiteral("code"), code},
        {QStringLiteral("subject"), patient},
        {QStringLiteral("performer"), QJsonArray{patient}},
    };
}

} // namespace stepstone::fhir
