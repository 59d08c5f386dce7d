#pragma once

#include "common/Result.h"

#include <QString>
#include <QUrl>

namespace stepstone {

// The clinic's FHIR base URL, from what the client typed or from a `stepstone://` link the
// clinic gave them: `stepstone://connect?iss=<FHIR base URL>` (`iss` as in a SMART launch).
// Only https is accepted, or http to this device itself.
namespace ClinicAddress {

// "clinic.example.org/fhir" means https://clinic.example.org/fhir. The error is for the client.
Result<QUrl, QString> fromTyped(const QString& typed);
Result<QUrl, QString> fromLink(const QUrl& link);
bool isLink(const QString& argument);

} // namespace ClinicAddress

} // namespace stepstone
