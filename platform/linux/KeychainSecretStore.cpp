#include "linux/KeychainSecretStore.h"

#include <future>
#include <qt6keychain/keychain.h>

namespace stepstone::platform {

struct KeychainSecretStore::Answer {
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QByteArray data;
};

namespace {

SecretError errorFrom(QKeychain::Error error, const QString& errorString) {
    SecretErrorKind kind = SecretErrorKind::Other;
    switch (error) {
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
    return {kind, QStringLiteral("QtKeychain error %1: %2").arg(int(error)).arg(errorString)};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
    , m_jobs(new QObject) {
    m_jobs->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_jobs, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("keychain"));
    m_thread.start();
}

KeychainSecretStore::~KeychainSecretStore() {
    m_thread.quit();
    m_thread.wait();
}

KeychainSecretStore::Answer KeychainSecretStore::run(const QString& name, JobFactory makeJob) {
    Q_ASSERT(QThread::currentThread() != &m_thread);
    auto answer = std::make_shared<std::promise<Answer>>();
    std::future<Answer> answered = answer->get_future();
    QMetaObject::invokeMethod(
        m_jobs,
        [this, name, makeJob = std::move(makeJob), answer] {
            QKeychain::Job* job = makeJob(m_service, m_jobs);
            job->setAutoDelete(true);
            job->setInsecureFallback(false);
            job->setKey(name);
            QObject::connect(job, &QKeychain::Job::finished, job, [answer](QKeychain::Job* done) {
                Answer finished{done->error(), done->errorString(), {}};
                if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
                    finished.data = read->binaryData();
                answer->set_value(std::move(finished));
            });
            job->start();
        },
        Qt::QueuedConnection);
    try {
        return answered.get();
    } catch (const std::future_error&) {
        // The store closed before the keychain answered.
        return {QKeychain::OtherError, QStringLiteral("the keychain store closed"), {}};
    }
}

Result<QByteArray, SecretError> KeychainSecretStore::read(const QString& name) {
    Answer answer = run(name, [](const QString& service, QObject* parent) {
        return new QKeychain::ReadPasswordJob(service, parent);
    });
    if (answer.error != QKeychain::NoError)
        return fail(errorFrom(answer.error, answer.errorString));
    return std::move(answer.data);
}

Result<void, SecretError> KeychainSecretStore::write(const QString& name,
                                                     const QByteArray& secret) {
    Answer answer = run(name, [secret](const QString& service, QObject* parent) {
        auto* job = new QKeychain::WritePasswordJob(service, parent);
        job->setBinaryData(secret);
        return job;
    });
    if (answer.error != QKeychain::NoError)
        return fail(errorFrom(answer.error, answer.errorString));
    return {};
}

Result<void, SecretError> KeychainSecretStore::remove(const QString& name) {
    Answer answer = run(name, [](const QString& service, QObject* parent) {
        return new QKeychain::DeletePasswordJob(service, parent);
    });
    if (answer.error != QKeychain::NoError && answer.error != QKeychain::EntryNotFound)
        return fail(errorFrom(answer.error, answer.errorString));
    return {};
}

} // namespace stepstone::platform
