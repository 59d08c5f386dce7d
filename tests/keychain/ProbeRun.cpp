#include "ProbeRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace stepstone::test {

namespace {

constexpr int kProbeTimeoutMs = 15'000;

ProbeRun run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    ProbeRun result;
    if (!process.waitForFinished(kProbeTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "did not finish in time: " + process.errorString().toStdString();
        return result;
    }
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput().trimmed().toStdString();
    result.err += process.readAllStandardError().toStdString();
    return result;
}

} // namespace

std::string ProbeRun::errorKind() const {
    const std::string prefix = "error ";
    if (!out.starts_with(prefix))
        return {};
    const std::string rest = out.substr(prefix.size());
    return rest.substr(0, rest.find(' '));
}

std::ostream& operator<<(std::ostream& os, const ProbeRun& run) {
    return os << "probe exit " << run.exitCode << ", stdout: " << run.out
              << "\nstderr: " << run.err;
}

ProbeRun runProbe(const QStringList& args) {
    return run(QStringLiteral(STEPSTONE_PROFILE_PROBE), args);
}

ProbeRun runProbeWithoutSecretService(const QStringList& args) {
    const QStringList busArgs{QStringLiteral("--config-file=" STEPSTONE_BUS_WITHOUT_ACTIVATION),
                              QStringLiteral("--"), QStringLiteral(STEPSTONE_PROFILE_PROBE)};
    return run(QStringLiteral("dbus-run-session"), busArgs + args);
}

std::map<std::string, std::string> folderDigest(const QString& path) {
    std::map<std::string, std::string> digest;
    const QDir folder(path);
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(folder.filePath(name));
        const QByteArray hash =
            file.open(QIODevice::ReadOnly)
                ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()
                : QByteArray("unreadable");
        digest[name.toStdString()] = hash.toStdString();
    }
    return digest;
}

} // namespace stepstone::test
