#include "sync/mapping/PartTwoSecurityLabels.h"

#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirJson.h"

namespace stepstone::fhir {

QJsonArray partTwoSecurityLabels() {
    return {
        coding(systems::kConfidentiality, QStringLiteral("R"), QStringLiteral("restricted")),
        coding(systems::kActCode, QStringLiteral("SUD"),
               QStringLiteral("substance use disorder information sensitivity")),
        coding(systems::kActCode, QStringLiteral("42CFRPart2"), QStringLiteral("42 CFR Part2")),
    };
}

} // namespace stepstone::fhir
