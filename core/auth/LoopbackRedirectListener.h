#pragma once

#include "auth/AccessTokenSource.h"

#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <chrono>

class QTcpSocket;

namespace stepstone {

// Receives the clinic's answer to a sign-in the way RFC 8252 §7.3 describes for desktop apps:
// a one-shot HTTP server on 127.0.0.1 at a port the system picks, which the browser is sent to
// as `http://127.0.0.1:<port>/callback?code=…&state=…`. It answers the browser with a short
// page that holds no code or token, reports once, and stops listening. Junk connections, other
// paths and slow clients are answered or dropped without ending the wait; the whole wait is
// bounded.
class LoopbackRedirectListener : public QObject {
    Q_OBJECT
public:
    struct Redirect {
        QString code;
        QString issuer; // RFC 9207 `iss`, empty when the server did not send it
    };
    using Callback = std::function<void(Result<Redirect, AuthError>)>;

    static constexpr std::chrono::milliseconds kDefaultWait = std::chrono::minutes(5);
    static constexpr std::chrono::milliseconds kClientTimeout = std::chrono::seconds(10);
    static constexpr qsizetype kMaxRequestBytes = 16 * 1024LL;
    static constexpr int kMaxConnections = 8;

    explicit LoopbackRedirectListener(QObject* parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Starts listening and returns the redirect URI to send to the authorization server.
    // `done` is called once: with the code when `state` matches, with an error otherwise.
    Result<QUrl, AuthError> listen(const QByteArray& expectedState, Callback done,
                                   std::chrono::milliseconds wait = kDefaultWait);
    QUrl redirectUri() const;
    // Stops without calling back.
    void stop();

private:
    void acceptConnections();
    void readRequest(QTcpSocket* socket);
    void answer(QTcpSocket* socket, int status, const QString& sentence);
    void finish(Result<Redirect, AuthError> result);

    QTcpServer m_server;
    QTimer m_deadline;
    QByteArray m_expectedState;
    Callback m_done;
};

} // namespace stepstone
