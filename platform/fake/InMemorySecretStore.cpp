#include "fake/InMemorySecretStore.h"

namespace stepstone::platform {

void InMemorySecretStore::waitWhileHeld() {
    QMutexLocker lock(&m_mutex);
    ++m_heldCalls;
    while (m_held && !m_heldUntil.hasExpired())
        m_released.wait(&m_mutex, m_heldUntil);
    --m_heldCalls;
}

Result<QByteArray, SecretError> InMemorySecretStore::read(const QString& name) {
    waitWhileHeld();
    const QMutexLocker lock(&m_mutex);
    if (m_failure)
        return fail(SecretError{*m_failure, QStringLiteral("fake failure")});
    const auto found = m_entries.constFind(name);
    if (found == m_entries.constEnd())
        return fail(SecretError{SecretErrorKind::NotFound, QStringLiteral("no entry")});
    return *found;
}

Result<void, SecretError> InMemorySecretStore::write(const QString& name,
                                                     const QByteArray& secret) {
    waitWhileHeld();
    if (onWrite)
        onWrite(secret);
    const QMutexLocker lock(&m_mutex);
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
    waitWhileHeld();
    const QMutexLocker lock(&m_mutex);
    if (m_failure)
        return fail(SecretError{*m_failure, QStringLiteral("fake failure")});
    m_entries.remove(name);
    return {};
}

void InMemorySecretStore::failWith(std::optional<SecretErrorKind> kind) {
    const QMutexLocker lock(&m_mutex);
    m_failure = kind;
}

void InMemorySecretStore::holdAnswers(std::chrono::milliseconds atMost) {
    const QMutexLocker lock(&m_mutex);
    m_held = true;
    m_heldUntil = QDeadlineTimer(atMost);
}

void InMemorySecretStore::releaseAnswers() {
    const QMutexLocker lock(&m_mutex);
    m_held = false;
    m_released.wakeAll();
}

int InMemorySecretStore::heldCalls() const {
    const QMutexLocker lock(&m_mutex);
    return m_heldCalls;
}

int InMemorySecretStore::writeCount() const {
    const QMutexLocker lock(&m_mutex);
    return m_writes;
}

qsizetype InMemorySecretStore::size() const {
    const QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

} // namespace stepstone::platform
