#include "profile/ProfileOpener.h"

#include "security/PassphraseKdf.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace stepstone {

namespace {

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

ProfileOpener::ProfileOpener(QString dataDir, SecretStore& secrets)
    : m_dataDir(std::move(dataDir))
    , m_secrets(secrets) {}

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

QString ProfileOpener::keychainEntryName() const {
    return entryName(QLatin1StringView("database-key-"));
}

QString ProfileOpener::clinicGrantEntryName() const {
    return entryName(QLatin1StringView("clinic-sign-in-"));
}

QString ProfileOpener::entryName(QLatin1StringView prefix) const {
    const QByteArray folder = QFileInfo(m_dataDir).absoluteFilePath().toUtf8();
    const QByteArray digest = QCryptographicHash::hash(folder, QCryptographicHash::Sha256);
    return prefix + QString::fromLatin1(digest.toHex().left(16));
}

Result<DatabaseKey, OpenError> ProfileOpener::readOrCreateKeychainKey(bool databaseExists) {
    auto stored = m_secrets.read(keychainEntryName());
    if (stored) {
        DatabaseKey key = DatabaseKey::fromBytes(*stored);
        secureWipe(*stored);
        if (!key.isValid())
            return fail(OpenError{OpenError::Kind::KeyUnavailable,
                                  {},
                                  QStringLiteral("keychain entry has the wrong size")});
        return key;
    }
    // A locked keyring reads as "not found": with a database on disk that is never a reason
    // to make a new key, which would lock the client out of their data for good.
    if (databaseExists || stored.error().kind != SecretErrorKind::NotFound)
        return fail(keychainFailure(stored.error()));

    DatabaseKey key = DatabaseKey::generate();
    if (auto written = m_secrets.write(keychainEntryName(), key.bytes()); !written)
        return fail(keychainFailure(written.error()));
    return key;
}

Result<std::unique_ptr<Database>, OpenError> ProfileOpener::openWithKeychain() {
    const QString path = databasePath(ProfileKind::Keychain);
    const bool exists = QFileInfo::exists(path);
    auto key = readOrCreateKeychainKey(exists);
    if (!key)
        return fail(key.error());
    if (!exists && !makePrivateFolder(m_dataDir))
        return fail(storeFailure({StoreErrorKind::Io, QStringLiteral("cannot create data dir")}));
    const auto mode = exists ? Database::Mode::OpenExisting : Database::Mode::CreateIfMissing;
    auto db = Database::open(path, *key, mode, schemaMigrations());
    if (!db)
        return fail(storeFailure(db.error()));
    makePrivateFile(path);
    return std::move(*db);
}

Result<std::unique_ptr<Database>, OpenError>
ProfileOpener::openWithPassphrase(const QString& passphrase) {
    const QString path = databasePath(ProfileKind::Passphrase);
    QFile file(path);
    const bool exists = file.exists();
    QByteArray salt;
    if (exists) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(storeFailure({StoreErrorKind::Io, QStringLiteral("cannot read salt")}));
        salt = file.read(DatabaseKey::kSaltBytes);
        file.close();
        if (salt.size() != DatabaseKey::kSaltBytes)
            return fail(storeFailure({StoreErrorKind::Corrupt, QStringLiteral("file too short")}));
    } else {
        if (passphrase.size() < PassphraseKdf::kMinPassphraseLength)
            return fail(OpenError{OpenError::Kind::PassphraseTooShort, {}, {}});
        if (!makePrivateFolder(m_dataDir))
            return fail(
                storeFailure({StoreErrorKind::Io, QStringLiteral("cannot create data dir")}));
        salt = PassphraseKdf::newSalt();
    }
    const DatabaseKey key = PassphraseKdf::derive(passphrase, salt);
    const auto mode = exists ? Database::Mode::OpenExisting : Database::Mode::CreateIfMissing;
    auto db = Database::open(path, key, mode, schemaMigrations());
    if (!db) {
        if (db.error().kind == StoreErrorKind::WrongKeyOrDamaged)
            return fail(OpenError{OpenError::Kind::WrongPassphrase, db.error(), db.error().detail});
        return fail(storeFailure(db.error()));
    }
    makePrivateFile(path);
    return std::move(*db);
}

} // namespace stepstone
