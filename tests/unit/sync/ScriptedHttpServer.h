#pragma once

#include "HttpWire.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <QUrl>

namespace stepstone::test {

// A loopback HTTP server that answers each request with the next scripted response, or
// misbehaves as told: drops the connection, sends half a body, or stalls.
class ScriptedHttpServer : public QObject {
    Q_OBJECT
public:
    enum class Mode { Normal, Drop, Truncate, Stall };
    struct Response {
        int status = 200;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers;
        Mode mode = Mode::Normal;
    };
    using Request = HttpRequest;

    ScriptedHttpServer();
    QUrl baseUrl() const; // http://127.0.0.1:<port>/fhir/R4

    void respond(int status, QByteArray body, QMap<QByteArray, QByteArray> headers = {},
                 Mode mode = Mode::Normal) {
        m_script.append({status, std::move(body), std::move(headers), mode});
    }
    const QList<Request>& requests() const { return m_requests; }

private:
    void serve(QTcpSocket* socket);

    QTcpServer m_server;
    QList<Response> m_script;
    QList<Request> m_requests;
};

} // namespace stepstone::test
