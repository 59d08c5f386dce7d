#include "PlatformServices.h"
#include "linux/KeychainSecretStore.h"

namespace stepstone::platform {

std::unique_ptr<SecretStore> makeSecretStore() {
    return std::make_unique<KeychainSecretStore>(QStringLiteral("Stepstone"));
}

} // namespace stepstone::platform
