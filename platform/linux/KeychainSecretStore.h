#pragma once

#include "security/SecretStore.h"

#include <QString>

namespace stepstone::platform {

// The Secret Service (gnome-keyring, KWallet) through QtKeychain, with its insecure
// plain-file fallback off. Calls wait for the answer in a local event loop.
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service);

    Result<QByteArray, SecretError> read(const QString& name) override;
    Result<void, SecretError> write(const QString& name, const QByteArray& secret) override;
    Result<void, SecretError> remove(const QString& name) override;

private:
    QString m_service;
};

} // namespace stepstone::platform
