#pragma once

#include "HttpWire.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QUrl>
#include <array>
#include <functional>
#include <optional>
#include <random>

class QTcpSocket;

namespace stepstone::test {

// A loopback HTTP proxy between the app's FhirClient and the clinic's FHIR server that
// misbehaves on purpose. Each request is passed through or meets one fault; faults are drawn
// from a seeded generator so that a run can be replayed. The server's own address in answers
// (next links, Location) is rewritten to the proxy's, as a reverse proxy's server would say.
class FaultProxy : public QObject {
    Q_OBJECT
public:
    enum class Fault {
        ServerError,          // 500, the request never reaches the server
        RateLimited,          // 429 with Retry-After of 0 or 1 s, never reaches the server
        DropBeforeForwarding, // the connection closes, the request never reaches the server
        DropAfterForwarding,  // the server did the work, its answer is lost
        TruncatedBody,        // the server did the work, half its answer arrives
        Stall,                // the server did the work, its answer is held back for good
    };
    static constexpr std::array kAllFaults = {
        Fault::ServerError,         Fault::RateLimited,   Fault::DropBeforeForwarding,
        Fault::DropAfterForwarding, Fault::TruncatedBody, Fault::Stall};
    static const char* nameOf(Fault fault);

    // Replaces the server's answer to a request, or returns nullopt to keep it.
    using Rewriter =
        std::function<std::optional<HttpResponse>(const HttpRequest&, const HttpResponse&)>;

    explicit FaultProxy(const QUrl& upstreamFhirBase);

    // The FHIR base the app should use: http://127.0.0.1:<proxy port>/fhir/R4.
    QUrl fhirBase() const;

    // From now on, each request meets a fault with probability `rate`, of a kind drawn
    // uniformly, from a generator seeded with `seed`.
    void injectFaults(std::uint32_t seed, double rate);
    void stopFaults() { m_faultRate = 0; }
    void setRewriter(Rewriter rewriter) { m_rewriter = std::move(rewriter); }

    int injected(Fault fault) const { return m_injected[std::size_t(fault)]; }
    int injectedTotal() const;

private:
    struct Connection {
        QByteArray buffer;
        bool busy = false; // a request of this connection is being answered
    };

    void readFrom(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const HttpRequest& request);
    void forward(QTcpSocket* socket, const HttpRequest& request, std::optional<Fault> fault);
    void answer(QTcpSocket* socket, const HttpResponse& response);
    std::optional<Fault> drawFault();
    QByteArray toUpstream(QByteArray bytes) const;
    QByteArray fromUpstream(QByteArray bytes) const;

    QUrl m_upstreamBase;
    QHash<QTcpSocket*, Connection> m_connections;
    std::mt19937 m_random;
    double m_faultRate = 0;
    std::array<int, kAllFaults.size()> m_injected{};
    Rewriter m_rewriter;
    // Last, so that they go first: their sockets and replies still find the state above.
    QTcpServer m_server;
    QNetworkAccessManager m_upstream;
};

} // namespace stepstone::test
