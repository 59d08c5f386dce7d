#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <optional>

namespace stepstone::test {

// A running test clinic server (tests/clinic-server), as its ready JSON describes it.
struct ClinicServer {
    QUrl fhirBase;
    QUrl tokenEndpoint;
    QString therapistToken; // full access, for arranging test data
    qint64 pid = 0;

    static std::optional<ClinicServer> fromReadyFile(const QString& path);
    // The server of the `clinic_server` ctest fixture, shared by every integration test.
    static std::optional<ClinicServer> shared();
    static QString sharedReadyFile();
};

// A server of one test's own, for flags the shared one must not have (a 2-second access
// token lifetime, say). Started in the constructor, stopped with SIGTERM in the destructor.
class OwnClinicServer {
public:
    explicit OwnClinicServer(const QStringList& extraArguments);
    ~OwnClinicServer();
    OwnClinicServer(const OwnClinicServer&) = delete;
    OwnClinicServer& operator=(const OwnClinicServer&) = delete;

    // Empty when it did not start within 30 s.
    const std::optional<ClinicServer>& server() const { return m_server; }
    void stop();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    std::optional<ClinicServer> m_server;
};

} // namespace stepstone::test
