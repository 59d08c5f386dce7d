#include "fake/InMemorySecretStore.h"

namespace stepstone::platform {

Result<QByteArray, SecretError> InMemorySecretStore::read(const QString& name) {
    if (m_failure)
        return fail(SecretError{*m_failure, QStringLiteral("fake failure")});
    const auto found = m_entries.constFind(name);
    if (found == m_entries.constEnd())
        return fail(SecretError{SecretErrorKind::NotFound, QStringLiteral("no entry")});
    return *found;
}

Result<void, SecretError> InMemorySecretStore::write(const QString& name,
                                                     const QByteArray& secret) {
    if (onWrite)
        onWrite(secret);
    // A locked keyring still refuses writes after answering reads with "not found".
    if (m_failure)
        return fail(SecretError{
            *m_failure == SecretErrorKind::NotFound ? SecretErrorKind::AccessDenied : *m_failure,
            QStringLiteral("fake failure")});
    ++m_writes;
    m_entries.insert(name, secret);
    return {};
}

Result<void, SecretError> InMemorySecretStore::remove(const QString& name) {
    if (m_failure)
        return fail(SecretError{*m_failure, QStringLiteral("fake failure")});
    m_entries.remove(name);
    return {};
}

} // namespace stepstone::platform
