#pragma once

#include <QJsonArray>

namespace stepstone::fhir {

// The security labels on everything the client shares under 42 CFR Part 2, as Codings:
// confidentiality R (restricted), sensitivity SUD (substance use disorder information) and the
// policy 42CFRPart2. The Observation carries them in meta.security, and the Consent names the
// same three in provision.securityLabel, so a consent engine matches the one to the other.
QJsonArray partTwoSecurityLabels();

} // namespace stepstone::fhir
