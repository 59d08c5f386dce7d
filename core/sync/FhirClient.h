#pragma once

#include "auth/AccessTokenSource.h"
#include "common/Result.h"
#include "sync/FhirError.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace stepstone {

struct FhirResponse {
    int httpStatus = 0;
    QJsonObject body; // empty for a response without a body
    QByteArray etag;  // as sent, e.g. W/"<versionId>"
};

// JSON over HTTP to the clinic's FHIR server, with the client's bearer token. Every answer is
// checked before anyone sees it: status, size, JSON shape. A 401 gets one retry with a
// refreshed token. Retrying anything else is the sync engine's decision.
class FhirClient : public QObject {
    Q_OBJECT
public:
    struct Limits {
        qint64 maxBodyBytes = qint64(16) * 1024 * 1024;
        std::chrono::milliseconds transferTimeout{30000};
    };
    using Callback = std::function<void(Result<FhirResponse, FhirError>)>;

    FhirClient(QNetworkAccessManager& network, AccessTokenSource& tokens, Limits limits,
               QObject* parent = nullptr);

    // `target` is relative to the FHIR base (e.g. "Appointment?patient=x"), or an absolute URL
    // that must lie under the base (a `next` link).
    void get(const QString& target, Callback done);
    // POST of a Bundle to the base: a FHIR transaction or batch.
    void postBundle(const QJsonObject& bundle, Callback done);

    // Refuses plain http except to loopback.
    static bool isAllowedBase(const QUrl& base);

private:
    enum class Verb { Get, Post };
    void send(Verb verb, const QUrl& url, const QByteArray& body, Callback done, bool retried);
    void finish(QNetworkReply* reply, const QString& token, Verb verb, const QUrl& url,
                const QByteArray& body, Callback done, bool retried);
    Result<QUrl, FhirError> resolve(const QString& target) const;

    QNetworkAccessManager& m_network;
    AccessTokenSource& m_tokens;
    Limits m_limits;
};

} // namespace stepstone
