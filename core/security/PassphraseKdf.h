#pragma once

#include "security/DatabaseKey.h"

#include <QString>

namespace stepstone {

// Derives the database key from a passphrase where no keychain can hold a random key.
// PBKDF2-HMAC-SHA512 with 210,000 iterations (the OWASP 2023 figure for this hash), a 128-bit
// random salt kept in the first 16 bytes of the SQLCipher file, and a 256-bit output.
struct PassphraseKdf {
    static constexpr int kIterations = 210'000;
    static constexpr qsizetype kMinPassphraseLength = 8;

    static DatabaseKey derive(const QString& passphrase, const QByteArray& salt,
                              int iterations = kIterations);
    static QByteArray newSalt();
};

} // namespace stepstone
