#pragma once

#include "appearance/ColorSchemeSource.h"
#include "schedule/LoginStart.h"
#include "schedule/Notifier.h"
#include "security/SecretStore.h"

#include <memory>

namespace stepstone::platform {

// The OS services of the platform this build targets; CMake picks the implementation.
std::unique_ptr<SecretStore> makeSecretStore();
std::unique_ptr<ColorSchemeSource> makeColorSchemeSource();
std::unique_ptr<Notifier> makeNotifier();
// Starts `command` (the app with its arguments) at login when the client turns it on.
std::unique_ptr<LoginStart> makeLoginStart(const QStringList& command);

} // namespace stepstone::platform
