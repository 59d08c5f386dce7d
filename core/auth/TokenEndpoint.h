#pragma once

#include "auth/AuthHttp.h"
#include "auth/TokenResponse.h"

class QNetworkAccessManager;

namespace stepstone {

// The three requests a public client sends to the clinic's authorization server (RFC 6749
// §4.1.3 and §6, RFC 7009). Each returns the reply for an InFlightRequest to follow.
namespace tokenendpoint {

QNetworkReply* exchangeCode(QNetworkAccessManager& network, const QUrl& tokenEndpoint,
                            const QString& clientId, const QString& code, const QUrl& redirectUri,
                            const QByteArray& codeVerifier);
QNetworkReply* refresh(QNetworkAccessManager& network, const QUrl& tokenEndpoint,
                       const QString& clientId, const QString& refreshToken);
QNetworkReply* revokeRefreshToken(QNetworkAccessManager& network, const QUrl& revocationEndpoint,
                                  const QString& clientId, const QString& refreshToken);

// A token endpoint's answer: the tokens, or why not.
Result<TokenResponse, TokenEndpointError> interpret(const HttpAnswer& answer);

} // namespace tokenendpoint

} // namespace stepstone
