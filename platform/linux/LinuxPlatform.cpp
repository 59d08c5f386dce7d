#include "PlatformServices.h"
#include "linux/DBusNotifier.h"
#include "linux/KeychainSecretStore.h"
#include "linux/PortalColorScheme.h"
#include "linux/XdgAutostart.h"

namespace stepstone::platform {

std::unique_ptr<SecretStore> makeSecretStore() {
    return std::make_unique<KeychainSecretStore>(QStringLiteral("Stepstone"));
}

std::unique_ptr<ColorSchemeSource> makeColorSchemeSource() {
    return std::make_unique<PortalColorScheme>();
}

std::unique_ptr<Notifier> makeNotifier() {
    return std::make_unique<DBusNotifier>();
}

std::unique_ptr<LoginStart> makeLoginStart(const QStringList& command) {
    return std::make_unique<XdgAutostart>(command);
}

} // namespace stepstone::platform
