#include "FakeTokenEndpoint.h"

#include <QTcpSocket>

namespace stepstone::test {

FakeTokenEndpoint::FakeTokenEndpoint() {
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
    });
}

QUrl FakeTokenEndpoint::url(const QString& path) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void FakeTokenEndpoint::serve(QTcpSocket* socket) {
    const QByteArray received = socket->peek(socket->bytesAvailable());
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray& line : received.left(headEnd).split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (received.size() < headEnd + 4 + length)
        return;
    socket->readAll();
    m_forms.append(QUrlQuery(QString::fromUtf8(received.mid(headEnd + 4, length))));
    if (m_holding)
        m_held.append(socket);
    else
        reply(socket);
}

void FakeTokenEndpoint::release() {
    m_holding = false;
    for (QTcpSocket* socket : std::exchange(m_held, {}))
        reply(socket);
}

void FakeTokenEndpoint::reply(QTcpSocket* socket) {
    const auto [status, body] =
        m_answers.isEmpty() ? std::pair{500, QByteArray("{}")} : m_answers.takeFirst();
    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                  " X\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace stepstone::test
