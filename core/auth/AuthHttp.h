#pragma once

#include "auth/AccessTokenSource.h"

#include <QMetaObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <functional>
#include <utility>

namespace stepstone {

// What came back from one HTTP exchange with the clinic's authorization server.
struct HttpAnswer {
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QString networkError; // technical, set when status is 0

    bool reachedServer() const { return status != 0; }
    // The clinic could not be reached or is unavailable right now: try later.
    AuthError unreachable() const;
};

namespace authhttp {

inline constexpr int kTransferTimeoutMs = 30'000;

// A request that accepts JSON, is never cached, and does not follow redirects, which could
// carry a code, verifier or refresh token to another host.
QNetworkRequest request(const QUrl& url);
// application/x-www-form-urlencoded, every reserved character encoded (QUrlQuery leaves `+`,
// which a server reads as a space).
QByteArray formBody(const QList<std::pair<QString, QString>>& fields);
QNetworkReply* postForm(QNetworkAccessManager& network, const QUrl& url,
                        const QList<std::pair<QString, QString>>& fields);

} // namespace authhttp

// At most one request under way, owned by the object that started it. Cancelling or
// destroying it aborts the request and guarantees the callback is not called.
class InFlightRequest {
public:
    using Done = std::function<void(const HttpAnswer&)>;

    InFlightRequest() = default;
    InFlightRequest(const InFlightRequest&) = delete;
    InFlightRequest& operator=(const InFlightRequest&) = delete;
    ~InFlightRequest() { cancel(); }

    void start(QNetworkReply* reply, Done done);
    void cancel();
    bool isActive() const { return !m_reply.isNull(); }

private:
    QPointer<QNetworkReply> m_reply;
    QMetaObject::Connection m_finished;
};

} // namespace stepstone
