#pragma once

#include "common/Result.h"
#include "sync/FhirError.h"

#include <QJsonObject>
#include <QString>

namespace stepstone::CareTeamLookup {

// Who receives what the client shares: their active CareTeam on the clinic's server.

// The search, relative to the FHIR base.
QString query(const QString& patientId);
// "CareTeam/<id>" of the first active CareTeam in the searchset. NoCareTeam when there is none,
// Malformed when the answer is not a searchset.
Result<QString, FhirError> recipientFrom(const QJsonObject& searchset);

} // namespace stepstone::CareTeamLookup
