#include "sync/mapping/CravingObservationCodes.h"

#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirJson.h"

namespace stepstone::fhir::craving {

QJsonObject logCode() {
    return codeableConcept(
        coding(systems::kCraving, kLogCode, QStringLiteral("Craving log entry")));
}

QString displayFor(CravingTrigger trigger) {
    switch (trigger) {
    case CravingTrigger::People:
        return QStringLiteral("People");
    case CravingTrigger::Places:
        return QStringLiteral("Places");
    case CravingTrigger::Things:
        return QStringLiteral("Things");
    case CravingTrigger::Feelings:
        return QStringLiteral("Feelings");
    case CravingTrigger::Hungry:
        return QStringLiteral("Hungry (HALT)");
    case CravingTrigger::Angry:
        return QStringLiteral("Angry (HALT)");
    case CravingTrigger::Lonely:
        return QStringLiteral("Lonely (HALT)");
    case CravingTrigger::Tired:
        return QStringLiteral("Tired (HALT)");
    }
    return {};
}

QString displayFor(CravingOutcome outcome) {
    switch (outcome) {
    case CravingOutcome::Passed:
        return QStringLiteral("Passed");
    case CravingOutcome::StillGoing:
        return QStringLiteral("Still going");
    case CravingOutcome::Used:
        return QStringLiteral("Used");
    }
    return {};
}

} // namespace stepstone::fhir::craving
