#include "sync/SyncStep.h"

namespace stepstone {

std::optional<FhirError> missingAccess(const SyncRun& run, std::span<const ResourceAccess> access) {
    for (const ResourceAccess& each : access)
        if (!scopesPermit(run.grantedScopes, each))
            return FhirError{
                FhirError::Kind::NotPermitted, 0, std::nullopt,
                QStringLiteral("not granted: %1.%2")
                    .arg(QLatin1StringView(each.type), QLatin1StringView(each.letters))};
    return std::nullopt;
}

} // namespace stepstone
