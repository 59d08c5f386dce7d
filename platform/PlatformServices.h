#pragma once

#include "appearance/ColorSchemeSource.h"
#include "security/SecretStore.h"

#include <memory>

namespace stepstone::platform {

// The OS services of the platform this build targets; CMake picks the implementation.
std::unique_ptr<SecretStore> makeSecretStore();
std::unique_ptr<ColorSchemeSource> makeColorSchemeSource();

} // namespace stepstone::platform
