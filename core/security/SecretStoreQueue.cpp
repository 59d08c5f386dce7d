#include "security/SecretStoreQueue.h"

namespace stepstone {

SecretStoreQueue::SecretStoreQueue(SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_worker(new QObject) {
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("keychain queue"));
    m_thread.start();
}

SecretStoreQueue::~SecretStoreQueue() {
    // Queued behind every call asked so far.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_thread.quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

template <class Answer>
void SecretStoreQueue::enqueue(std::function<Answer(SecretStore&)> call,
                               std::function<void(Answer)> done) {
    QMetaObject::invokeMethod(
        m_worker,
        [this, call = std::move(call), done = std::move(done)] {
            Answer answer = call(m_secrets);
            if (!done)
                return;
            QMetaObject::invokeMethod(
                this, [answer = std::move(answer), done] { done(answer); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SecretStoreQueue::read(const QString& name, ReadDone done) {
    enqueue<Result<QByteArray, SecretError>>(
        [name](SecretStore& secrets) { return secrets.read(name); }, std::move(done));
}

void SecretStoreQueue::write(const QString& name, const QByteArray& secret, Done done) {
    enqueue<Result<void, SecretError>>(
        [name, secret](SecretStore& secrets) { return secrets.write(name, secret); },
        std::move(done));
}

void SecretStoreQueue::remove(const QString& name, Done done) {
    enqueue<Result<void, SecretError>>(
        [name](SecretStore& secrets) { return secrets.remove(name); }, std::move(done));
}

} // namespace stepstone
