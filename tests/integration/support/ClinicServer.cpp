#include "ClinicServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace stepstone::test {

std::optional<ClinicServer> ClinicServer::fromReadyFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject ready = QJsonDocument::fromJson(file.readAll()).object();
    ClinicServer server;
    server.fhirBase = QUrl(ready.value(QStringLiteral("fhirBase")).toString());
    server.tokenEndpoint = QUrl(ready.value(QStringLiteral("tokenEndpoint")).toString());
    server.therapistToken = ready.value(QStringLiteral("therapistToken")).toString();
    server.pid = ready.value(QStringLiteral("pid")).toInteger();
    if (!server.fhirBase.isValid() || server.fhirBase.isEmpty())
        return std::nullopt;
    return server;
}

QString ClinicServer::sharedReadyFile() {
    const QString fromEnvironment = qEnvironmentVariable("STEPSTONE_CLINIC_READY_FILE");
    return fromEnvironment.isEmpty() ? QStringLiteral(STEPSTONE_CLINIC_READY_FILE)
                                     : fromEnvironment;
}

std::optional<ClinicServer> ClinicServer::shared() {
    return fromReadyFile(sharedReadyFile());
}

OwnClinicServer::OwnClinicServer(const QStringList& extraArguments) {
    const QString serverDir = QStringLiteral(STEPSTONE_CLINIC_SERVER_DIR);
    const QString readyFile = m_dir.filePath(QStringLiteral("ready.json"));
    m_process.setWorkingDirectory(serverDir);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(serverDir + QStringLiteral("/node_modules/.bin/node"),
                    QStringList{QStringLiteral("src/server.mjs"), QStringLiteral("--port"),
                                QStringLiteral("0"), QStringLiteral("--auto-consent"),
                                QStringLiteral("--ready-file"), readyFile} +
                        extraArguments);
    if (!m_process.waitForStarted(5000))
        return;
    (void)QTest::qWaitFor(
        [&] {
            m_server = ClinicServer::fromReadyFile(readyFile);
            return m_server.has_value() || m_process.state() == QProcess::NotRunning;
        },
        30'000);
}

OwnClinicServer::~OwnClinicServer() {
    stop();
}

void OwnClinicServer::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

} // namespace stepstone::test
