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
    std::optional<HttpRequest> request = takeHttpRequest(buffered);
    socket->setProperty("buffer", buffered);
    if (!request)
        return;
    m_requests.append(*request);

    const Response response =
        m_script.isEmpty() ? Response{500, "{}", {}, Mode::Normal} : m_script.takeFirst();
    if (response.mode == Mode::Drop)
        return socket->abort();
    if (response.mode == Mode::Stall)
        return;
    HttpResponse answer{response.status, response.headers, response.body};
    answer.headers.insert("Content-Type", "application/fhir+json");
    socket->write(answer.serialize(
        response.mode == Mode::Truncate ? std::optional(response.body.size() / 2) : std::nullopt));
    if (response.mode == Mode::Truncate) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

} // namespace stepstone::test
