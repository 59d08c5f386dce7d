#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "profile/IntegrityCheck.h"
#include "profile/ProfileIdFile.h"
#include "security/SecretStore.h"
#include "store/Database.h"

#include <QString>
#include <memory>
#include <optional>

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

// An open profile, as opening hands it over.
struct OpenedProfile {
    std::unique_ptr<Database> database;
    // The keychain entry of the clinic sign-in, named after the profile's id.
    QString clinicSignInEntry;
    // The whole-file check, when one is due, to run where it holds nobody up.
    std::optional<IntegrityCheck> integrityCheck;
};

// Opens the profile's encrypted database, creating it and its key on first run. It never makes
// a new key while a database exists: a key that cannot be read is an error to retry, not a reset.
//
// The keychain entries are named after the profile's id (ProfileIdFile), so a folder that was
// moved, renamed or restored still finds its key. The entries an older Stepstone named after the
// folder's path are moved over once its database opened: the id file (naming the old entries)
// first, each new entry before its old one is removed, the id file's note of the move last, so
// a crash at any step leaves a copy of every entry and the next open finishes the move.
//
// Opening blocks on the keychain and on SQLCipher: run it off the interface's thread
// (ProfileOpening does).
class ProfileOpener {
public:
    static constexpr char kKeychainDatabaseFile[] = "stepstone.db";
    static constexpr char kPassphraseDatabaseFile[] = "stepstone-passphrase.db";

    ProfileOpener(QString dataDir, SecretStore& secrets, const Clock& clock);

    ProfileKind existingKind() const;
    Result<OpenedProfile, OpenError> openWithKeychain();
    Result<OpenedProfile, OpenError> openWithPassphrase(const QString& passphrase);

    QString databasePath(ProfileKind kind) const;

private:
    // What is known of a profile before its database is opened.
    struct Found {
        ProfileKind kind;
        bool dataExists;
        ProfileIdFile profile;
        bool idIsNew;  // not in the folder yet
        bool checkDue; // asked before opening, while a log left behind still shows
    };

    Result<Found, OpenError> look(ProfileKind kind);
    Result<void, OpenError> keepId(const ProfileIdFile& profile);
    // A new profile's folder, and its id before its database names it.
    Result<void, OpenError> prepareNewProfile(const Found& found);
    Result<DatabaseKey, OpenError> readOrCreateKey(const Found& found);
    Result<OpenedProfile, OpenError>
    finishOpen(const Found& found, std::unique_ptr<Database> database, const DatabaseKey& key);
    void finishMovingEntries(ProfileIdFile profile, const std::optional<QByteArray>& databaseKey);
    bool moveEntry(const QString& from, const QString& to,
                   const std::optional<QByteArray>& knownSecret);

    QString m_dataDir;
    SecretStore& m_secrets;
    IntegritySchedule m_schedule;
};

} // namespace stepstone
