#pragma once

#include <QString>
#include <QStringList>
#include <map>
#include <ostream>
#include <string>

namespace stepstone::test {

// One finished run of profile_probe, a separate process that opens the profile like the app.
struct ProbeRun {
    int exitCode = -1;
    std::string out; // stdout, trimmed
    std::string err;

    // "KeyUnavailable" for "error KeyUnavailable <detail>"; empty when the probe reported none.
    std::string errorKind() const;
};

std::ostream& operator<<(std::ostream& os, const ProbeRun& run);

// Runs the probe on this process's session bus (the private keyring session).
ProbeRun runProbe(const QStringList& args);

// Runs the probe in a new session bus on which no Secret Service runs or can be started.
ProbeRun runProbeWithoutSecretService(const QStringList& args);

// File name -> SHA-256 of the content, for every file in the folder.
std::map<std::string, std::string> folderDigest(const QString& path);

} // namespace stepstone::test
