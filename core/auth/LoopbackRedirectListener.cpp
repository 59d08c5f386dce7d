#include "auth/LoopbackRedirectListener.h"

#include <QTcpSocket>
#include <QUrlQuery>

namespace stepstone {

namespace {

const QString kCallbackPath = QStringLiteral("/callback");

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Bad Request");
    }
}

// The page the browser shows after the redirect. It never echoes the request: the code must
// not end up in the browser's page cache or history beyond the address bar.
QByteArray response(int status, const QString& sentence) {
    const QByteArray body =
        QByteArrayLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>Stepstone"
                          "</title></head><body><p>") +
        sentence.toHtmlEscaped().toUtf8() + QByteArrayLiteral("</p></body></html>\n");
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
           "\r\nContent-Type: text/html; charset=utf-8"
           "\r\nContent-Length: " +
           QByteArray::number(body.size()) +
           "\r\nCache-Control: no-store"
           "\r\nReferrer-Policy: no-referrer"
           "\r\nContent-Security-Policy: default-src 'none'"
           "\r\nConnection: close\r\n\r\n" +
           body;
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent)
    : QObject(parent) {
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(fail(AuthError{AuthError::Kind::SignInRequired,
                              QStringLiteral("the browser brought no sign-in answer in time")}));
    });
    connect(&m_server, &QTcpServer::newConnection, this,
            &LoopbackRedirectListener::acceptConnections);
}

LoopbackRedirectListener::~LoopbackRedirectListener() {
    stop();
}

Result<QUrl, AuthError> LoopbackRedirectListener::listen(const QByteArray& expectedState,
                                                         Callback done,
                                                         std::chrono::milliseconds wait) {
    stop();
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return fail(
            AuthError{AuthError::Kind::Network,
                      QStringLiteral("cannot listen on 127.0.0.1: ") + m_server.errorString()});
    m_expectedState = expectedState;
    m_done = std::move(done);
    m_deadline.start(wait);
    return redirectUri();
}

QUrl LoopbackRedirectListener::redirectUri() const {
    QUrl uri;
    uri.setScheme(QStringLiteral("http"));
    uri.setHost(QStringLiteral("127.0.0.1"));
    uri.setPort(m_server.serverPort());
    uri.setPath(kCallbackPath);
    return uri;
}

void LoopbackRedirectListener::stop() {
    m_done = nullptr;
    m_deadline.stop();
    m_server.close();
    // Connections still being read; answered ones were handed off and finish on their own.
    const auto pending = m_server.findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket* socket : pending) {
        socket->abort();
        socket->deleteLater();
    }
}

void LoopbackRedirectListener::acceptConnections() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (m_server.findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly).size() >
            kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A client that connects and then says nothing must not hold a slot for long.
        QTimer::singleShot(kClientTimeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void LoopbackRedirectListener::readRequest(QTcpSocket* socket) {
    if (socket->bytesAvailable() > kMaxRequestBytes)
        return answer(socket, 431, tr("This address only accepts Stepstone's sign-in."));
    const QByteArray head = socket->peek(socket->bytesAvailable());
    if (!head.contains("\r\n\r\n") && !head.contains("\n\n"))
        return; // the rest of the request is still on its way

    const QList<QByteArray> requestLine = head.left(head.indexOf('\n')).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[1].startsWith('/') ||
        !requestLine[2].startsWith("HTTP/"))
        return answer(socket, 400, tr("This address only accepts Stepstone's sign-in."));
    if (requestLine[0] != "GET")
        return answer(socket, 405, tr("This address only accepts Stepstone's sign-in."));
    const QUrl target = QUrl::fromEncoded(requestLine[1], QUrl::StrictMode);
    if (!target.isValid() || target.path() != kCallbackPath)
        return answer(socket, 404, tr("This address only accepts Stepstone's sign-in."));

    const QUrlQuery query(target);
    const auto item = [&query](const char* name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    const QString code = item("code");
    const QString error = item("error");
    if (code.isEmpty() && error.isEmpty())
        return answer(socket, 400, tr("This address only accepts Stepstone's sign-in."));

    // An answer to some other sign-in (or a forged one, RFC 6749 §10.12) ends this one: the
    // client starts again rather than Stepstone trusting it.
    if (item("state").toLatin1() != m_expectedState) {
        answer(socket, 400,
               tr("This sign-in answer does not belong to the sign-in Stepstone started. Go "
                  "back to Stepstone and sign in again."));
        return finish(fail(AuthError{AuthError::Kind::Protocol,
                                     QStringLiteral("the sign-in answer has the wrong state")}));
    }
    if (!error.isEmpty()) {
        answer(socket, 200, tr("Sign-in was not completed. You can go back to Stepstone."));
        QString detail = error;
        const QString description = item("error_description");
        if (!description.isEmpty())
            detail += QStringLiteral(": ") + description.left(200);
        return finish(fail(AuthError{AuthError::Kind::Refused, detail}));
    }
    answer(socket, 200, tr("You are signed in. You can go back to Stepstone."));
    finish(Redirect{code, item("iss")});
}

void LoopbackRedirectListener::answer(QTcpSocket* socket, int status, const QString& sentence) {
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    // The page must reach the browser even when the listener goes away right after.
    socket->setParent(nullptr);
    socket->write(response(status, sentence));
    socket->disconnectFromHost();
}

void LoopbackRedirectListener::finish(Result<Redirect, AuthError> result) {
    if (!m_done)
        return;
    const Callback done = std::move(m_done);
    stop();
    done(std::move(result));
}

} // namespace stepstone
