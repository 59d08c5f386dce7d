#pragma once

#include "security/SecretStore.h"

#include <QObject>
#include <QThread>
#include <functional>

namespace stepstone {

// Keychain calls for a thread that must never wait for the keychain (the interface's): each
// call runs, in the order asked, on a thread the queue keeps, and its answer comes back through
// the event loop of the thread the queue lives in. No event loop is ever nested to wait.
class SecretStoreQueue : public QObject {
    Q_OBJECT
public:
    using ReadDone = std::function<void(Result<QByteArray, SecretError>)>;
    using Done = std::function<void(Result<void, SecretError>)>;

    explicit SecretStoreQueue(SecretStore& secrets, QObject* parent = nullptr);
    // Runs the calls still queued (a rotated refresh token must still be stored), then ends;
    // their answers are no longer delivered.
    ~SecretStoreQueue() override;

    void read(const QString& name, ReadDone done);
    void write(const QString& name, const QByteArray& secret, Done done = {});
    void remove(const QString& name, Done done = {});

private:
    template <class Answer>
    void enqueue(std::function<Answer(SecretStore&)> call, std::function<void(Answer)> done);

    SecretStore& m_secrets;
    QThread m_thread;
    QObject* m_worker; // lives in m_thread
};

} // namespace stepstone
