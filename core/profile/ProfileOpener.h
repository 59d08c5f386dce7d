#pragma once

#include "common/Result.h"
#include "security/SecretStore.h"
#include "store/Database.h"

#include <QString>
#include <memory>

namespace stepstone {

// How a profile's database is keyed; the file name says which, so no plain-text marker is needed.
enum class ProfileKind { None, Keychain, Passphrase };

struct OpenError {
    enum class Kind {
        KeyUnavailable,      // the keychain holds the key but will not give it now (locked?)
        KeychainUnavailable, // no keychain on this system
        PassphraseTooShort,
        WrongPassphrase,
        Store,
    };
    Kind kind = Kind::Store;
    StoreError store;
    QString detail; // technical, never a secret

    QString message() const;
};

// Opens the profile's encrypted database, creating it and its key on first run. It never makes
// a new key while a database exists: a key that cannot be read is an error to retry, not a reset.
class ProfileOpener {
public:
    static constexpr char kKeychainDatabaseFile[] = "stepstone.db";
    static constexpr char kPassphraseDatabaseFile[] = "stepstone-passphrase.db";

    ProfileOpener(QString dataDir, SecretStore& secrets);

    ProfileKind existingKind() const;
    Result<std::unique_ptr<Database>, OpenError> openWithKeychain();
    Result<std::unique_ptr<Database>, OpenError> openWithPassphrase(const QString& passphrase);

    // The keychain entries of this profile, one of each per data folder: the database key and
    // the clinic sign-in.
    QString keychainEntryName() const;
    QString clinicGrantEntryName() const;
    QString databasePath(ProfileKind kind) const;

private:
    QString entryName(QLatin1StringView prefix) const;
    Result<DatabaseKey, OpenError> readOrCreateKeychainKey(bool databaseExists);

    QString m_dataDir;
    SecretStore& m_secrets;
};

} // namespace stepstone
