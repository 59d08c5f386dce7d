#include "sync/CareTeamLookup.h"

#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace stepstone::CareTeamLookup {

QString query(const QString& patientId) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("patient"), patientId);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("active"));
    return QStringLiteral("CareTeam?") + query.toString(QUrl::FullyEncoded);
}

Result<QString, FhirError> recipientFrom(const QJsonObject& searchset) {
    if (searchset.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle"))
        return fail(FhirError{FhirError::Kind::Malformed, 200, std::nullopt,
                              QStringLiteral("CareTeam search did not return a Bundle")});
    for (const auto& value : searchset.value(QLatin1String("entry")).toArray()) {
        const QJsonObject team = value.toObject().value(QLatin1String("resource")).toObject();
        const QString id = team.value(QLatin1String("id")).toString();
        if (team.value(QLatin1String("resourceType")).toString() == QLatin1String("CareTeam") &&
            team.value(QLatin1String("status")).toString() == QLatin1String("active") &&
            fhir::isFhirId(id))
            return QStringLiteral("CareTeam/") + id;
    }
    return fail(FhirError{FhirError::Kind::NoCareTeam, 200, std::nullopt,
                          QStringLiteral("no active CareTeam for the patient")});
}

} // namespace stepstone::CareTeamLookup
