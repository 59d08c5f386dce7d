#pragma once

#include <QByteArray>

namespace stepstone {

// Proof Key for Code Exchange (RFC 7636) with the S256 method: the authorization request
// carries `challenge`, the token request `verifier`, so a code intercepted on its way back
// through the browser is useless to anyone else.
struct PkceCodes {
    static constexpr qsizetype kRandomBytes = 32; // gives a 43-character verifier

    QByteArray verifier;  // base64url without padding, 43 to 128 characters
    QByteArray challenge; // base64url(SHA-256(verifier)) without padding

    // Fresh codes from the operating system's random source.
    static PkceCodes generate();
    static PkceCodes fromRandomBytes(const QByteArray& octets);
    static QByteArray s256Challenge(const QByteArray& verifier);
};

// An unguessable value for the `state` parameter, base64url without padding.
QByteArray randomUrlSafeToken(qsizetype bytes);

} // namespace stepstone
