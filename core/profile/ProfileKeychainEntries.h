#pragma once

#include <QString>

namespace stepstone {

// The names of one profile's keychain entries: after its id (ProfileIdFile), or, in a profile an
// older Stepstone made, after a digest of the folder's path.
struct ProfileKeychainEntries {
    QString databaseKey;  // the raw SQLCipher key of a keychain profile
    QString clinicSignIn; // the clinic sign-in (SmartSession); passphrase profiles have one too

    static ProfileKeychainEntries namedAfter(const QString& suffix);
    // The suffix an older Stepstone gave the entries of the profile in `dataDir`.
    static QString legacySuffix(const QString& dataDir);
};

} // namespace stepstone
