#pragma once

#include "auth/AccessTokenSource.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace stepstone {

// What a SMART sign-in gives Stepstone: tokens for one patient at one clinic.
struct SmartGrant {
    QUrl fhirBase;
    QString clientId;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint; // empty when the clinic offers none
    QString patientId;
    QStringList grantedScopes; // what the clinic granted, which may be less than was asked
    QString refreshToken;

    // Kept in memory only, never stored.
    QString accessToken;
    QDateTime accessTokenExpiry; // invalid: unknown, used until the FHIR server answers 401

    // The keychain entry: everything above but the access token, as one small JSON document,
    // so a rotated refresh token and what it belongs to are replaced together or not at all.
    QByteArray toStoredForm() const;
    static Result<SmartGrant, AuthError> fromStoredForm(const QByteArray& stored);
};

} // namespace stepstone
