#include "profile/ProfileOpener.h"

#include "profile/ProfileKeychainEntries.h"
#include "security/PassphraseKdf.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

namespace stepstone {

namespace {

Q_LOGGING_CATEGORY(lcOpener, "stepstone.profile.opener")

OpenError storeFailure(const StoreError& error) {
    return {OpenError::Kind::Store, error, error.detail};
}

constexpr QFile::Permissions kOwnerOnlyFolder =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// The profile folder is the client's alone; SQLite gives the WAL the database file's mode.
bool makePrivateFolder(const QString& path) {
    return QDir().mkpath(path) && QFile::setPermissions(path, kOwnerOnlyFolder);
}

void makePrivateFile(const QString& path) {
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

OpenError keychainFailure(const SecretError& error) {
    const bool unavailable = error.kind == SecretErrorKind::Unavailable;
    return {unavailable ? OpenError::Kind::KeychainUnavailable : OpenError::Kind::KeyUnavailable,
            {},
            error.detail};
}

Result<DatabaseKey, OpenError> keyFrom(Result<QByteArray, SecretError> stored) {
    if (!stored)
        return fail(keychainFailure(stored.error()));
    DatabaseKey key = DatabaseKey::fromBytes(*stored);
    secureWipe(*stored);
    if (!key.isValid())
        return fail(OpenError{OpenError::Kind::KeyUnavailable,
                              {},
                              QStringLiteral("keychain entry has the wrong size")});
    return key;
}

} // namespace

QString OpenError::message() const {
    switch (kind) {
    case Kind::KeyUnavailable:
        return QCoreApplication::translate(
            "OpenError", "Stepstone could not get its key from your system keyring. If the "
                         "keyring is locked, unlock it and try again. Your data is safe.");
    case Kind::KeychainUnavailable:
        return QCoreApplication::translate("OpenError",
                                           "No system keyring is available to keep your key.");
    case Kind::PassphraseTooShort: {
        // A plain variable: lupdate 6.4 hangs on a cast in the plural argument.
        const int minimum = PassphraseKdf::kMinPassphraseLength;
        return QCoreApplication::translate(
            "OpenError", "Choose a passphrase of at least %n characters.", nullptr, minimum);
    }
    case Kind::WrongPassphrase:
        return QCoreApplication::translate("OpenError",
                                           "That passphrase does not unlock your data.");
    case Kind::Store:
        break;
    }
    return store.message();
}

ProfileOpener::ProfileOpener(QString dataDir, SecretStore& secrets, const Clock& clock)
    : m_dataDir(std::move(dataDir))
    , m_secrets(secrets)
    , m_schedule(m_dataDir, clock) {}

QString ProfileOpener::databasePath(ProfileKind kind) const {
    const char* file =
        kind == ProfileKind::Passphrase ? kPassphraseDatabaseFile : kKeychainDatabaseFile;
    return QDir(m_dataDir).filePath(QString::fromLatin1(file));
}

ProfileKind ProfileOpener::existingKind() const {
    if (QFileInfo::exists(databasePath(ProfileKind::Keychain)))
        return ProfileKind::Keychain;
    if (QFileInfo::exists(databasePath(ProfileKind::Passphrase)))
        return ProfileKind::Passphrase;
    return ProfileKind::None;
}

Result<ProfileOpener::Found, OpenError> ProfileOpener::look(ProfileKind kind) {
    const QString path = databasePath(kind);
    const bool exists = QFileInfo::exists(path);
    auto known = ProfileIdFile::read(m_dataDir);
    if (!known)
        return fail(storeFailure(known.error()));
    Found found{kind, exists, known->value_or(ProfileIdFile::generate()), !known->has_value(),
                exists && m_schedule.isDue(path)};
    // A profile an older Stepstone made: its entries are named after the folder's path.
    if (found.idIsNew && exists)
        found.profile.legacyEntries = ProfileKeychainEntries::legacySuffix(m_dataDir);
    return found;
}

Result<void, OpenError> ProfileOpener::keepId(const ProfileIdFile& profile) {
    if (auto written = profile.write(m_dataDir); !written)
        return fail(storeFailure(written.error()));
    return {};
}

Result<void, OpenError> ProfileOpener::prepareNewProfile(const Found& found) {
    if (!makePrivateFolder(m_dataDir))
        return fail(storeFailure({StoreErrorKind::Io, QStringLiteral("cannot create data dir")}));
    return found.idIsNew ? keepId(found.profile) : Result<void, OpenError>();
}

Result<DatabaseKey, OpenError> ProfileOpener::readOrCreateKey(const Found& found) {
    const QString entry = ProfileKeychainEntries::namedAfter(found.profile.id).databaseKey;
    // Nothing is named after an id just made.
    Result<QByteArray, SecretError> stored =
        found.idIsNew ? fail(SecretError{SecretErrorKind::NotFound, QStringLiteral("new id")})
                      : m_secrets.read(entry);
    if (stored || stored.error().kind != SecretErrorKind::NotFound)
        return keyFrom(std::move(stored));
    if (found.dataExists) {
        // Until the move from an older Stepstone's entries is done, the key is still there.
        const QString& legacy = found.profile.legacyEntries;
        if (!legacy.isEmpty())
            return keyFrom(m_secrets.read(ProfileKeychainEntries::namedAfter(legacy).databaseKey));
        // A locked keyring reads as "not found": with a database on disk that is never a reason
        // to make a new key, which would lock the client out of their data for good.
        return fail(keychainFailure(stored.error()));
    }
    DatabaseKey key = DatabaseKey::generate();
    if (auto written = m_secrets.write(entry, key.bytes()); !written)
        return fail(keychainFailure(written.error()));
    return key;
}

Result<OpenedProfile, OpenError> ProfileOpener::openWithKeychain() {
    auto found = look(ProfileKind::Keychain);
    if (!found)
        return fail(found.error());
    auto key = readOrCreateKey(*found);
    if (!key)
        return fail(key.error());
    // A crash before the id is kept leaves a key no profile names, and no data without a key.
    if (!found->dataExists)
        if (auto prepared = prepareNewProfile(*found); !prepared)
            return fail(prepared.error());
    const auto mode =
        found->dataExists ? Database::Mode::OpenExisting : Database::Mode::CreateIfMissing;
    auto db = Database::open(databasePath(ProfileKind::Keychain), *key, mode, schemaMigrations());
    if (!db)
        return fail(storeFailure(db.error()));
    return finishOpen(*found, std::move(*db), *key);
}

Result<OpenedProfile, OpenError> ProfileOpener::openWithPassphrase(const QString& passphrase) {
    auto found = look(ProfileKind::Passphrase);
    if (!found)
        return fail(found.error());
    QByteArray salt;
    if (found->dataExists) {
        QFile file(databasePath(ProfileKind::Passphrase));
        if (!file.open(QIODevice::ReadOnly))
            return fail(storeFailure({StoreErrorKind::Io, QStringLiteral("cannot read salt")}));
        salt = file.read(DatabaseKey::kSaltBytes);
        if (salt.size() != DatabaseKey::kSaltBytes)
            return fail(storeFailure({StoreErrorKind::Corrupt, QStringLiteral("file too short")}));
    } else {
        if (passphrase.size() < PassphraseKdf::kMinPassphraseLength)
            return fail(OpenError{OpenError::Kind::PassphraseTooShort, {}, {}});
        if (auto prepared = prepareNewProfile(*found); !prepared)
            return fail(prepared.error());
        salt = PassphraseKdf::newSalt();
    }
    const DatabaseKey key = PassphraseKdf::derive(passphrase, salt);
    const auto mode =
        found->dataExists ? Database::Mode::OpenExisting : Database::Mode::CreateIfMissing;
    auto db = Database::open(databasePath(ProfileKind::Passphrase), key, mode, schemaMigrations());
    if (!db) {
        if (db.error().kind == StoreErrorKind::WrongKeyOrDamaged)
            return fail(OpenError{OpenError::Kind::WrongPassphrase, db.error(), db.error().detail});
        return fail(storeFailure(db.error()));
    }
    return finishOpen(*found, std::move(*db), key);
}

Result<OpenedProfile, OpenError> ProfileOpener::finishOpen(const Found& found,
                                                           std::unique_ptr<Database> database,
                                                           const DatabaseKey& key) {
    makePrivateFile(database->path());
    // An older Stepstone's profile gets its id only once its database opened, so a failed open
    // leaves the folder as it was.
    if (found.idIsNew && found.dataExists)
        if (auto kept = keepId(found.profile); !kept)
            return fail(kept.error());
    if (!found.profile.legacyEntries.isEmpty()) {
        const bool keyInKeychain = found.kind == ProfileKind::Keychain;
        finishMovingEntries(found.profile,
                            keyInKeychain ? std::optional(key.bytes()) : std::nullopt);
    }
    OpenedProfile opened{std::move(database),
                         ProfileKeychainEntries::namedAfter(found.profile.id).clinicSignIn,
                         std::nullopt};
    if (found.checkDue)
        opened.integrityCheck.emplace(opened.database->path(), key, m_schedule);
    return opened;
}

void ProfileOpener::finishMovingEntries(ProfileIdFile profile,
                                        const std::optional<QByteArray>& databaseKey) {
    const auto from = ProfileKeychainEntries::namedAfter(profile.legacyEntries);
    const auto to = ProfileKeychainEntries::namedAfter(profile.id);
    bool moved = true;
    if (databaseKey)
        moved = moveEntry(from.databaseKey, to.databaseKey, databaseKey);
    // After a key was just read the keyring is open, so a sign-in it does not find is not
    // there. A passphrase profile has no such proof: a keyring locked now loses the old sign-in,
    // and the client signs in again; nothing on the device is lost.
    moved = moveEntry(from.clinicSignIn, to.clinicSignIn, std::nullopt) && moved;
    if (!moved) {
        qCWarning(lcOpener) << "keychain entries of an older Stepstone not moved yet; next open";
        return;
    }
    profile.legacyEntries.clear();
    if (auto written = profile.write(m_dataDir); !written)
        qCWarning(lcOpener) << "the finished move could not be noted:" << written.error().detail;
}

bool ProfileOpener::moveEntry(const QString& from, const QString& to,
                              const std::optional<QByteArray>& knownSecret) {
    auto current = m_secrets.read(to);
    if (current) {
        // Already moved, and perhaps changed since (a rotated refresh token): it stays.
        secureWipe(*current);
    } else {
        if (current.error().kind != SecretErrorKind::NotFound)
            return false;
        auto old =
            knownSecret ? Result<QByteArray, SecretError>(*knownSecret) : m_secrets.read(from);
        if (!old)
            return old.error().kind == SecretErrorKind::NotFound; // nothing was kept there
        const bool written = m_secrets.write(to, *old).ok();
        secureWipe(*old);
        if (!written)
            return false;
    }
    return m_secrets.remove(from).ok();
}

} // namespace stepstone
