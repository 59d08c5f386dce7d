#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace stepstone {

struct AuthError {
    enum class Kind {
        SignInRequired, // no grant, or the clinic revoked or expired it: the client signs in again
        Network,        // the clinic could not be reached; try later
        Refused,        // the clinic answered the sign-in with an error (wrong verifier, denied)
        Protocol,       // the clinic's answer was not what SMART on FHIR specifies
    };
    Kind kind = Kind::Protocol;
    QString detail; // technical, never a token

    QString message() const;
};

// Where the sync engine gets a bearer token for the clinic's FHIR server. Implemented by the
// SMART sign-in (core/auth), by a fixed token in tests.
class AccessTokenSource {
public:
    using Callback = std::function<void(Result<QString, AuthError>)>;

    virtual ~AccessTokenSource() = default;

    virtual QUrl fhirBase() const = 0;
    // The Patient id the grant is pinned to (SMART's `patient` launch context).
    virtual QString patientId() const = 0;
    // What the clinic granted, which may be less than was asked.
    virtual QStringList grantedScopes() const = 0;
    // Calls back, possibly before returning, with a token that is currently valid.
    virtual void fetchAccessToken(Callback done) = 0;
    // The server refused `token` (401): forget it, so the next fetch refreshes the grant.
    virtual void reject(const QString& token) = 0;
};

} // namespace stepstone
