#include "ScriptedHttpServer.h"

#include <QTcpSocket>

namespace stepstone::test {

ScriptedHttpServer::ScriptedHttpServer() {
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
}

QUrl ScriptedHttpServer::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/R4").arg(m_server.serverPort()));
}

void ScriptedHttpServer::serve(QTcpSocket* socket) {
    QByteArray buffered = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffered.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty("buffer", buffered);
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffered.left(headerEnd).split('\n');
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    request.method = start.value(0);
    request.target = start.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    request.body = buffered.mid(headerEnd + 4);
    if (request.body.size() < length) {
        socket->setProperty("buffer", buffered);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    m_requests.append(request);

    const Response response =
        m_script.isEmpty() ? Response{500, "{}", {}, Mode::Normal} : m_script.takeFirst();
    if (response.mode == Mode::Drop)
        return socket->abort();
    if (response.mode == Mode::Stall)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
    out += "Content-Type: application/fhir+json\r\n";
    for (auto it = response.headers.begin(); it != response.headers.end(); ++it)
        out += it.key() + ": " + it.value() + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    out += response.mode == Mode::Truncate ? response.body.left(response.body.size() / 2)
                                           : response.body;
    socket->write(out);
    if (response.mode == Mode::Truncate) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

} // namespace stepstone::test
