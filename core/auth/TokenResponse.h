#pragma once

#include "auth/AccessTokenSource.h"

#include <QStringList>
#include <optional>

namespace stepstone {

// A successful answer of the token endpoint (RFC 6749 §5.1 with SMART's launch context).
struct TokenResponse {
    QString accessToken;
    std::optional<qint64> expiresInSeconds; // absent: valid until the FHIR server says 401
    QString refreshToken;                   // empty: the server keeps the one it had
    QString patientId;                      // empty when the server did not send `patient`
    std::optional<QStringList> scopes;      // absent: what was asked for (RFC 6749 §5.1)

    static Result<TokenResponse, AuthError> parse(const QByteArray& json);
};

// A failed answer of the token endpoint. `oauthError` is the RFC 6749 §5.2 code
// (`invalid_grant`…) when the server sent one; callers decide what it means for them.
struct TokenEndpointError {
    AuthError error;
    QString oauthError;

    static TokenEndpointError fromAnswer(int status, const QByteArray& body);
};

} // namespace stepstone
