#include "sync/FhirClient.h"

#include "auth/SmartConfiguration.h"
#include "sync/RetryPolicy.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace stepstone {

namespace {

const QByteArray kFhirJson = QByteArrayLiteral("application/fhir+json");

FhirError errorFor(FhirError::Kind kind, int status, QString detail) {
    return {kind, status, std::nullopt, std::move(detail)};
}

FhirError errorForStatus(int status, const QNetworkReply& reply) {
    const QString detail = QStringLiteral("HTTP %1").arg(status);
    if (status == 401)
        return errorFor(FhirError::Kind::SignInNeeded, status, detail);
    if (status == 403)
        return errorFor(FhirError::Kind::NotPermitted, status, detail);
    if (status == 404 || status == 410)
        return errorFor(FhirError::Kind::Gone, status, detail);
    if (status == 412)
        return errorFor(FhirError::Kind::Conflict, status, detail);
    if (status == 429 || status >= 500) {
        FhirError error = errorFor(
            status == 429 ? FhirError::Kind::RateLimited : FhirError::Kind::Server, status, detail);
        error.retryAfter = RetryPolicy::parseRetryAfter(reply.rawHeader("Retry-After"),
                                                        QDateTime::currentDateTimeUtc());
        return error;
    }
    return errorFor(FhirError::Kind::Rejected, status, detail);
}

FhirError errorForNetwork(const QNetworkReply& reply, bool tooLarge) {
    if (tooLarge)
        return errorFor(FhirError::Kind::TooLarge, 0, QStringLiteral("body over the limit"));
    switch (reply.error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return errorFor(FhirError::Kind::Timeout, 0, reply.errorString());
    case QNetworkReply::SslHandshakeFailedError:
        return errorFor(FhirError::Kind::Insecure, 0, reply.errorString());
    default:
        return errorFor(FhirError::Kind::Offline, 0, reply.errorString());
    }
}

} // namespace

FhirClient::FhirClient(QNetworkAccessManager& network, AccessTokenSource& tokens, Limits limits,
                       QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_limits(limits) {}

bool FhirClient::isAllowedBase(const QUrl& base) {
    return base.isValid() && !base.host().isEmpty() && isAllowedEndpoint(base);
}

Result<QUrl, FhirError> FhirClient::resolve(const QString& target) const {
    const QUrl base = m_tokens.fhirBase();
    if (!isAllowedBase(base))
        return fail(errorFor(FhirError::Kind::Insecure, 0, QStringLiteral("base not allowed")));
    QString basePath = base.toString(QUrl::StripTrailingSlash);
    const QUrl url = target.startsWith(QLatin1String("http"))
                         ? QUrl(target)
                         : QUrl(basePath + QLatin1Char('/') + target);
    // A `next` link must not take the token anywhere but the clinic's own FHIR server.
    if (!url.isValid() || url.scheme() != base.scheme() || url.host() != base.host() ||
        url.port() != base.port() || !url.path().startsWith(base.path()))
        return fail(errorFor(FhirError::Kind::Malformed, 0, QStringLiteral("foreign link")));
    return url;
}

void FhirClient::get(const QString& target, Callback done) {
    auto url = resolve(target);
    if (!url)
        return done(fail(url.error()));
    send(Verb::Get, *url, {}, std::move(done), false);
}

void FhirClient::postBundle(const QJsonObject& bundle, Callback done) {
    auto url = resolve(QString());
    if (!url)
        return done(fail(url.error()));
    QUrl base = *url;
    base.setPath(m_tokens.fhirBase().path());
    send(Verb::Post, base, QJsonDocument(bundle).toJson(QJsonDocument::Compact), std::move(done),
         false);
}

void FhirClient::send(Verb verb, const QUrl& url, const QByteArray& body, Callback done,
                      bool retried) {
    // The token may come after this client is gone (its clinic link was signed out).
    m_tokens.fetchAccessToken([this, alive = QPointer<FhirClient>(this), verb, url, body,
                               done = std::move(done),
                               retried](Result<QString, AuthError> token) mutable {
        if (!alive)
            return;
        if (!token) {
            const auto kind = token.error().kind == AuthError::Kind::Network
                                  ? FhirError::Kind::Offline
                                  : FhirError::Kind::SignInNeeded;
            return done(fail(errorFor(kind, 0, token.error().detail)));
        }
        QNetworkRequest request(url);
        request.setRawHeader("Accept", kFhirJson);
        request.setRawHeader("Authorization", "Bearer " + token->toUtf8());
        request.setTransferTimeout(int(m_limits.transferTimeout.count()));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = nullptr;
        if (verb == Verb::Get) {
            reply = m_network.get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, kFhirJson);
            reply = m_network.post(request, body);
        }
        reply->setParent(this); // a request still under way ends with its client
        reply->setProperty("tooLarge", false);
        connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply](qint64 received) {
            if (received > m_limits.maxBodyBytes) {
                reply->setProperty("tooLarge", true);
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, token = *token, verb, url, body, done, retried]() mutable {
                    finish(reply, token, verb, url, body, std::move(done), retried);
                });
    });
}

void FhirClient::finish(QNetworkReply* reply, const QString& token, Verb verb, const QUrl& url,
                        const QByteArray& body, Callback done, bool retried) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool tooLarge = reply->property("tooLarge").toBool();
    if (status == 0 || tooLarge)
        return done(fail(errorForNetwork(*reply, tooLarge)));
    if (status == 401 && !retried) {
        m_tokens.reject(token);
        return send(verb, url, body, std::move(done), true);
    }
    if (status < 200 || status >= 300)
        return done(fail(errorForStatus(status, *reply)));

    const QByteArray bytes = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        return done(fail(errorForNetwork(*reply, false)));
    FhirResponse response{status, {}, reply->rawHeader("ETag")};
    if (!bytes.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
            !doc.object().value(QLatin1String("resourceType")).isString())
            return done(fail(errorFor(FhirError::Kind::Malformed, status,
                                      QStringLiteral("not a FHIR JSON resource"))));
        response.body = doc.object();
    }
    done(std::move(response));
}

} // namespace stepstone
