#include "auth/TokenEndpoint.h"

#include <QNetworkAccessManager>

namespace stepstone::tokenendpoint {

QNetworkReply* exchangeCode(QNetworkAccessManager& network, const QUrl& tokenEndpoint,
                            const QString& clientId, const QString& code, const QUrl& redirectUri,
                            const QByteArray& codeVerifier) {
    return authhttp::postForm(
        network, tokenEndpoint,
        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
         {QStringLiteral("code"), code},
         {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
         {QStringLiteral("client_id"), clientId},
         {QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)}});
}

QNetworkReply* refresh(QNetworkAccessManager& network, const QUrl& tokenEndpoint,
                       const QString& clientId, const QString& refreshToken) {
    return authhttp::postForm(network, tokenEndpoint,
                              {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                               {QStringLiteral("refresh_token"), refreshToken},
                               {QStringLiteral("client_id"), clientId}});
}

QNetworkReply* revokeRefreshToken(QNetworkAccessManager& network, const QUrl& revocationEndpoint,
                                  const QString& clientId, const QString& refreshToken) {
    return authhttp::postForm(network, revocationEndpoint,
                              {{QStringLiteral("token"), refreshToken},
                               {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")},
                               {QStringLiteral("client_id"), clientId}});
}

Result<TokenResponse, TokenEndpointError> interpret(const HttpAnswer& answer) {
    if (!answer.reachedServer())
        return fail(TokenEndpointError{answer.unreachable(), {}});
    if (answer.status != 200)
        return fail(TokenEndpointError::fromAnswer(answer.status, answer.body));
    auto response = TokenResponse::parse(answer.body);
    if (!response)
        return fail(TokenEndpointError{response.error(), {}});
    return std::move(*response);
}

} // namespace stepstone::tokenendpoint
