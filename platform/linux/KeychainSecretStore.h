#pragma once

#include "security/SecretStore.h"

#include <QString>
#include <QThread>
#include <functional>

namespace QKeychain {
class Job;
}

namespace stepstone::platform {

// The Secret Service (gnome-keyring, KWallet) through QtKeychain, with its insecure plain-file
// fallback off. QtKeychain runs its jobs one at a time in the event loop of the thread that
// started the first one, for the life of the process: this store keeps that thread. A call
// waits for the keychain's answer without running any event loop, so make it where waiting
// holds nobody up (ProfileOpening, SecretStoreQueue), never on the interface's thread. One
// store per process.
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service);
    ~KeychainSecretStore() override;

    Result<QByteArray, SecretError> read(const QString& name) override;
    Result<void, SecretError> write(const QString& name, const QByteArray& secret) override;
    Result<void, SecretError> remove(const QString& name) override;

private:
    struct Answer;
    using JobFactory = std::function<QKeychain::Job*(const QString& service, QObject* parent)>;

    Answer run(const QString& name, JobFactory makeJob);

    QString m_service;
    QThread m_thread;
    QObject* m_jobs; // lives in m_thread, the parent of every job
};

} // namespace stepstone::platform
