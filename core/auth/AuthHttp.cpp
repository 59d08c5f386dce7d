#include "auth/AuthHttp.h"

#include <QNetworkAccessManager>

namespace stepstone {

AuthError HttpAnswer::unreachable() const {
    if (reachedServer())
        return {AuthError::Kind::Network,
                QStringLiteral("the clinic answered HTTP %1").arg(status)};
    return {AuthError::Kind::Network, QStringLiteral("no answer: ") + networkError};
}

namespace authhttp {

QNetworkRequest request(const QUrl& url) {
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(kTransferTimeoutMs);
    return request;
}

QByteArray formBody(const QList<std::pair<QString, QString>>& fields) {
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QNetworkReply* postForm(QNetworkAccessManager& network, const QUrl& url,
                        const QList<std::pair<QString, QString>>& fields) {
    QNetworkRequest form = request(url);
    form.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/x-www-form-urlencoded"));
    return network.post(form, formBody(fields));
}

} // namespace authhttp

void InFlightRequest::start(QNetworkReply* reply, Done done) {
    cancel();
    m_reply = reply;
    m_finished = QObject::connect(
        reply, &QNetworkReply::finished, reply, [this, reply, done = std::move(done)] {
            m_reply.clear();
            HttpAnswer answer;
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.body = reply->readAll();
            if (!answer.reachedServer())
                answer.networkError = reply->errorString();
            reply->deleteLater();
            done(answer);
        });
}

void InFlightRequest::cancel() {
    if (!m_reply)
        return;
    QObject::disconnect(m_finished);
    QNetworkReply* reply = m_reply;
    m_reply.clear();
    reply->abort();
    reply->deleteLater();
}

} // namespace stepstone
