#pragma once

#include "security/SecretStore.h"

#include <QHash>
#include <functional>
#include <optional>

namespace stepstone::platform {

// A deterministic keychain for unit tests. `failWith` makes every call fail as a locked or
// missing keychain would; `onWrite` lets a test look at the world at the moment of each write.
class InMemorySecretStore final : public SecretStore {
public:
    Result<QByteArray, SecretError> read(const QString& name) override;
    Result<void, SecretError> write(const QString& name, const QByteArray& secret) override;
    Result<void, SecretError> remove(const QString& name) override;

    void failWith(std::optional<SecretErrorKind> kind) { m_failure = kind; }
    int writeCount() const { return m_writes; }
    qsizetype size() const { return m_entries.size(); }

    std::function<void(const QByteArray& secret)> onWrite;

private:
    QHash<QString, QByteArray> m_entries;
    std::optional<SecretErrorKind> m_failure;
    int m_writes = 0;
};

} // namespace stepstone::platform
