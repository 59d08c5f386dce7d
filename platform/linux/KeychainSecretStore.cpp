#include "linux/KeychainSecretStore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace stepstone::platform {

namespace {

SecretError errorFrom(const QKeychain::Job& job) {
    SecretErrorKind kind = SecretErrorKind::Other;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        kind = SecretErrorKind::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        kind = SecretErrorKind::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        kind = SecretErrorKind::Unavailable;
        break;
    case QKeychain::OtherError:
        // QtKeychain reports a session bus with no Secret Service as OtherError.
        kind = SecretErrorKind::Unavailable;
        break;
    default:
        break;
    }
    return {kind,
            QStringLiteral("QtKeychain error %1: %2").arg(int(job.error())).arg(job.errorString())};
}

template <class JobType> void configureAndRun(JobType& job, const QString& name) {
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(name);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service)) {}

Result<QByteArray, SecretError> KeychainSecretStore::read(const QString& name) {
    QKeychain::ReadPasswordJob job(m_service);
    configureAndRun(job, name);
    if (job.error() != QKeychain::NoError)
        return fail(errorFrom(job));
    return job.binaryData();
}

Result<void, SecretError> KeychainSecretStore::write(const QString& name,
                                                     const QByteArray& secret) {
    QKeychain::WritePasswordJob job(m_service);
    job.setBinaryData(secret);
    configureAndRun(job, name);
    if (job.error() != QKeychain::NoError)
        return fail(errorFrom(job));
    return {};
}

Result<void, SecretError> KeychainSecretStore::remove(const QString& name) {
    QKeychain::DeletePasswordJob job(m_service);
    configureAndRun(job, name);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return fail(errorFrom(job));
    return {};
}

} // namespace stepstone::platform
