#pragma once

#include <QList>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

namespace stepstone::test {

// A loopback OAuth token endpoint answering form POSTs with scripted JSON, one per request,
// in order; it records each request's form.
class FakeTokenEndpoint : public QObject {
    Q_OBJECT
public:
    FakeTokenEndpoint();

    QUrl url(const QString& path) const;
    void answer(int status, QByteArray json) { m_answers.append({status, std::move(json)}); }
    // While held, requests are recorded but not answered, as from a slow server.
    void hold() { m_holding = true; }
    void release();
    const QList<QUrlQuery>& forms() const { return m_forms; }
    // Stops accepting connections: the endpoint is unreachable from now on.
    void close() { m_server.close(); }

private:
    void serve(QTcpSocket* socket);
    void reply(QTcpSocket* socket);

    QTcpServer m_server;
    QList<std::pair<int, QByteArray>> m_answers;
    QList<QUrlQuery> m_forms;
    bool m_holding = false;
    QList<QTcpSocket*> m_held;
};

} // namespace stepstone::test
