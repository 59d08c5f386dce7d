#pragma once

#include "auth/SmartConfiguration.h"

namespace stepstone {

// The authorization request of a SMART standalone launch with PKCE, sent through the browser.
struct AuthorizationRequest {
    QString clientId;
    QUrl redirectUri;
    QStringList scopes;
    QByteArray state;
    QByteArray codeChallenge; // S256

    // The clinic's authorization endpoint with this request in its query; `aud` names the
    // FHIR server the tokens are for, so they are useless at any other.
    QUrl url(const SmartConfiguration& config) const;
};

} // namespace stepstone
