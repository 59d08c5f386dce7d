#pragma once

#include "auth/AccessTokenSource.h"
#include "auth/SmartScopes.h"

#include <QStringList>
#include <QUrl>

namespace stepstone {

// A clinic's `<fhirBase>/.well-known/smart-configuration` (SMART App Launch 2), checked for
// what Stepstone relies on: TLS except to this device, and PKCE with S256.
struct SmartConfiguration {
    QUrl fhirBase;
    QString issuer; // empty when the clinic does not name one
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint; // empty when the clinic offers none
    QStringList capabilities;
    QStringList codeChallengeMethods;
    QStringList scopesSupported;
    ScopeStyle scopeStyle = ScopeStyle::V1;

    static QUrl wellKnownUrl(const QUrl& fhirBase);
    static Result<SmartConfiguration, AuthError> parse(const QByteArray& json,
                                                       const QUrl& fhirBase);
};

// https anywhere; plain http only to this device (127.0.0.1, ::1, localhost), where nothing
// crosses a network.
bool isAllowedEndpoint(const QUrl& url);
// Plain http to this device itself.
bool isThisDevice(const QUrl& url);

} // namespace stepstone
