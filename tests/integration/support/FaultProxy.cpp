#include "FaultProxy.h"

#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>
#include <numeric>

namespace stepstone::test {

namespace {

QByteArray originOf(const QUrl& url) {
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::StripTrailingSlash)
        .toUtf8();
}

// Connection-level headers belong to each hop; the body is measured again for each hop.
bool isHopHeader(const QByteArray& lowerCaseName) {
    static const QList<QByteArray> hop = {"host",
                                          "connection",
                                          "keep-alive",
                                          "te",
                                          "transfer-encoding",
                                          "content-length",
                                          "upgrade",
                                          "accept-encoding",
                                          "content-encoding",
                                          "proxy-connection"};
    return hop.contains(lowerCaseName);
}

HttpResponse operationOutcome(int status, const char* diagnostics) {
    HttpResponse response;
    response.status = status;
    response.headers.insert("Content-Type", "application/fhir+json");
    response.body = QByteArray(R"({"resourceType":"OperationOutcome","issue":[{"severity":)"
                               R"("error","code":"transient","diagnostics":")") +
                    diagnostics + "\"}]}";
    return response;
}

} // namespace

const char* FaultProxy::nameOf(Fault fault) {
    switch (fault) {
    case Fault::ServerError:
        return "500";
    case Fault::RateLimited:
        return "429";
    case Fault::DropBeforeForwarding:
        return "drop-before";
    case Fault::DropAfterForwarding:
        return "drop-after";
    case Fault::TruncatedBody:
        return "truncated";
    case Fault::Stall:
        return "stalled";
    }
    return "?";
}

FaultProxy::FaultProxy(const QUrl& upstreamFhirBase)
    : m_upstreamBase(upstreamFhirBase) {
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            m_connections.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_connections.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

QUrl FaultProxy::fhirBase() const {
    QUrl base = m_upstreamBase;
    base.setHost(QStringLiteral("127.0.0.1"));
    base.setPort(m_server.serverPort());
    return base;
}

void FaultProxy::injectFaults(std::uint32_t seed, double rate) {
    m_random.seed(seed);
    m_faultRate = rate;
}

int FaultProxy::injectedTotal() const {
    return std::accumulate(m_injected.begin(), m_injected.end(), 0);
}

std::optional<FaultProxy::Fault> FaultProxy::drawFault() {
    if (m_faultRate <= 0 || std::uniform_real_distribution<double>(0, 1)(m_random) >= m_faultRate)
        return std::nullopt;
    const auto index =
        std::uniform_int_distribution<std::size_t>(0, kAllFaults.size() - 1)(m_random);
    ++m_injected[index];
    return kAllFaults[index];
}

void FaultProxy::readFrom(QTcpSocket* socket) {
    auto connection = m_connections.find(socket);
    if (connection == m_connections.end())
        return;
    connection->buffer += socket->readAll();
    if (connection->busy)
        return;
    if (std::optional<HttpRequest> request = takeHttpRequest(connection->buffer)) {
        connection->busy = true;
        handle(socket, *request);
    }
}

void FaultProxy::handle(QTcpSocket* socket, const HttpRequest& request) {
    const std::optional<Fault> fault = drawFault();
    if (fault == Fault::DropBeforeForwarding)
        return socket->abort();
    if (fault == Fault::ServerError)
        return answer(socket, operationOutcome(500, "injected server error"));
    if (fault == Fault::RateLimited) {
        HttpResponse response = operationOutcome(429, "injected rate limit");
        response.headers.insert("Retry-After",
                                QByteArray::number(std::uniform_int_distribution(0, 1)(m_random)));
        return answer(socket, response);
    }
    forward(socket, request, fault);
}

void FaultProxy::forward(QTcpSocket* socket, const HttpRequest& request,
                         std::optional<Fault> fault) {
    QNetworkRequest upstream(QUrl(QString::fromUtf8(originOf(m_upstreamBase) + request.target)));
    for (auto it = request.headers.begin(); it != request.headers.end(); ++it)
        if (!isHopHeader(it.key()))
            upstream.setRawHeader(it.key(), toUpstream(it.value()));
    QNetworkReply* reply =
        m_upstream.sendCustomRequest(upstream, request.method, toUpstream(request.body));
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, socket = QPointer<QTcpSocket>(socket), request, fault] {
                reply->deleteLater();
                if (!socket || !m_connections.contains(socket.data()))
                    return;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 0)
                    return answer(socket, operationOutcome(502, "clinic server unreachable"));
                HttpResponse response{status, {}, fromUpstream(reply->readAll())};
                for (const auto& [name, value] : reply->rawHeaderPairs())
                    if (!isHopHeader(name.toLower()))
                        response.headers.insert(name, fromUpstream(value));
                if (fault == Fault::DropAfterForwarding)
                    return socket->abort();
                if (fault == Fault::Stall)
                    return; // held until the client gives up and closes the connection
                if (fault == Fault::TruncatedBody) {
                    socket->write(response.serialize(response.body.size() / 2));
                    socket->flush();
                    return socket->disconnectFromHost();
                }
                if (m_rewriter)
                    if (std::optional<HttpResponse> replaced = m_rewriter(request, response))
                        response = std::move(*replaced);
                answer(socket, response);
            });
}

void FaultProxy::answer(QTcpSocket* socket, const HttpResponse& response) {
    socket->write(response.serialize());
    m_connections[socket].busy = false;
    readFrom(socket); // a request that arrived meanwhile on this connection
}

QByteArray FaultProxy::toUpstream(QByteArray bytes) const {
    return bytes.replace(originOf(fhirBase()), originOf(m_upstreamBase));
}

QByteArray FaultProxy::fromUpstream(QByteArray bytes) const {
    return bytes.replace(originOf(m_upstreamBase), originOf(fhirBase()));
}

} // namespace stepstone::test
