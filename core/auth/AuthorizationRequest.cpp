#include "auth/AuthorizationRequest.h"

#include "auth/AuthHttp.h"

namespace stepstone {

QUrl AuthorizationRequest::url(const SmartConfiguration& config) const {
    const QByteArray parameters = authhttp::formBody({
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("scope"), scopes.join(u' ')},
        {QStringLiteral("state"), QString::fromLatin1(state)},
        {QStringLiteral("aud"), config.fhirBase.toString(QUrl::FullyEncoded)},
        {QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
    });
    QUrl url = config.authorizationEndpoint;
    const QByteArray existing = url.query(QUrl::FullyEncoded).toLatin1();
    url.setQuery(QString::fromLatin1(existing.isEmpty() ? parameters : existing + '&' + parameters),
                 QUrl::StrictMode);
    return url;
}

} // namespace stepstone
