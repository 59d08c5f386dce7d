#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QUuid>

namespace stepstone::fhir {

// What every Observation the client reports about themselves starts with: id (the record's UUID),
// meta.security (the Part 2 labels), status final, one category from observation-category,
// `code`, and the Patient as subject and performer.
QJsonObject selfReportedObservation(const QUuid& id, const QString& patientId,
                                    QLatin1String category, const QString& categoryDisplay,
                                    const QJsonObject& code);

} // namespace stepstone::fhir
