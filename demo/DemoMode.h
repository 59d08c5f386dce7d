#pragma once

#include "auth/AuthorizationBrowser.h"

#include <QUrl>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace stepstone::demo {

// Demo mode, for scripts/run --demo: `--demo-clinic <FHIR base>` signs in at the local demo
// clinic (tests/clinic-server with --auto-consent) as `--demo-login` (default alex), through a
// stand-in browser that opens sign-in pages on this device only. Only a build with
// STEPSTONE_DEMO has it (CMake picks DemoMode.cpp or NoDemoMode.cpp); a release build knows
// neither option.
struct Demo {
    std::unique_ptr<AuthorizationBrowser> browser;
    QUrl clinic;
};

void addOptions(QCommandLineParser& parser);
// After the arguments were processed: nullopt outside demo mode.
std::optional<Demo> fromArguments(const QCommandLineParser& parser);

} // namespace stepstone::demo
