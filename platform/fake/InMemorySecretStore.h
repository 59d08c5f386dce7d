#pragma once

#include "security/SecretStore.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QWaitCondition>
#include <chrono>
#include <functional>
#include <optional>

namespace stepstone::platform {

// A deterministic keychain for unit tests, safe to call from any thread. `failWith` makes every
// call fail as a locked or missing keychain would; `holdAnswers` makes every call wait, as a
// keyring showing its unlock prompt would, until `releaseAnswers` or `atMost` has passed (so code
// that wrongly waits on the calling thread fails its test instead of hanging it); `onWrite` lets
// a test look at the world at the moment of each write (it runs on the calling thread).
class InMemorySecretStore final : public SecretStore {
public:
    Result<QByteArray, SecretError> read(const QString& name) override;
    Result<void, SecretError> write(const QString& name, const QByteArray& secret) override;
    Result<void, SecretError> remove(const QString& name) override;

    void failWith(std::optional<SecretErrorKind> kind);
    void holdAnswers(std::chrono::milliseconds atMost = std::chrono::seconds(10));
    void releaseAnswers();
    // Calls waiting in holdAnswers.
    int heldCalls() const;
    int writeCount() const;
    qsizetype size() const;

    std::function<void(const QByteArray& secret)> onWrite;

private:
    void waitWhileHeld();

    mutable QMutex m_mutex;
    QWaitCondition m_released;
    QHash<QString, QByteArray> m_entries;
    std::optional<SecretErrorKind> m_failure;
    bool m_held = false;
    QDeadlineTimer m_heldUntil;
    int m_heldCalls = 0;
    int m_writes = 0;
};

} // namespace stepstone::platform
