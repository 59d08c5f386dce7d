#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace stepstone {

enum class SecretErrorKind {
    NotFound,     // no entry, or (gnome-keyring, KWallet) a locked keyring: never assume "new"
    AccessDenied, // locked or refused: the client can unlock and retry
    Unavailable,  // no keychain service on this system at all
    Other,
};

struct SecretError {
    SecretErrorKind kind = SecretErrorKind::Other;
    QString detail; // technical, never the secret
};

// The OS keychain. Implemented per OS in platform/, by an in-memory fake in tests.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    virtual Result<QByteArray, SecretError> read(const QString& name) = 0;
    virtual Result<void, SecretError> write(const QString& name, const QByteArray& secret) = 0;
    virtual Result<void, SecretError> remove(const QString& name) = 0;
};

} // namespace stepstone
