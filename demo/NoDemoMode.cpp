#include "DemoMode.h"

namespace stepstone::demo {

void addOptions(QCommandLineParser&) {}

std::optional<Demo> fromArguments(const QCommandLineParser&) {
    return std::nullopt;
}

} // namespace stepstone::demo
