#include "PlatformServices.h"
#include "linux/KeychainSecretStore.h"
#include "linux/PortalColorScheme.h"

namespace stepstone::platform {

std::unique_ptr<SecretStore> makeSecretStore() {
    return std::make_unique<KeychainSecretStore>(QStringLiteral("Stepstone"));
}

std::unique_ptr<ColorSchemeSource> makeColorSchemeSource() {
    return std::make_unique<PortalColorScheme>();
}

} // namespace stepstone::platform
