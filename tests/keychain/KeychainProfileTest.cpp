// What a client notices when Stepstone keeps its database key in a real gnome-keyring. Each
// test runs in its own D-Bus session with a fresh keyring (with-private-keyring.sh), and opens
// the profile in separate profile_probe processes, as separate launches of the app would.
#include "PlatformServices.h"
#include "ProbeRun.h"
#include "SecretService.h"
#include "fake/FixedClock.h"
#include "store/CravingLogStore.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace stepstone::test {
namespace {

// QtKeychain's libsecret backend files every entry under server=<service>, user=<key name>.
const QMap<QString, QString> kStepstoneItems{
    {QStringLiteral("server"), QStringLiteral("Stepstone")}};

class KeychainProfile : public ::testing::Test {
protected:
    QString profileDir() const { return m_root.filePath(QStringLiteral("profile")); }
    QString databaseFile() const { return QDir(profileDir()).filePath("stepstone.db"); }
    static QString keyringPassword() {
        return qEnvironmentVariable("STEPSTONE_TEST_KEYRING_PASSWORD");
    }

    void createProfileWithOneLog() {
        const ProbeRun created = runProbe({"add", profileDir(), "before the lock"});
        ASSERT_EQ(created.out, "added") << created;
    }

    // The key entry Stepstone 0.1 made, written here independently of the product's code:
    // "database-key-" and the first 16 hex digits of the SHA-256 of the folder's absolute path.
    QString oldStyleKeyEntry() const {
        const QByteArray path = QFileInfo(profileDir()).absoluteFilePath().toUtf8();
        return QStringLiteral("database-key-") +
               QString::fromLatin1(
                   QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16));
    }

    QMap<QString, QString> itemNamed(const QString& entry) const {
        QMap<QString, QString> attributes = kStepstoneItems;
        attributes.insert(QStringLiteral("user"), entry);
        return attributes;
    }

    // A profile as Stepstone 0.1 left it: one craving, the key in the entry named after the
    // folder's path, no id file.
    void createOldStyleProfile() {
        const DatabaseKey key = DatabaseKey::generate();
        ASSERT_TRUE(QDir().mkpath(profileDir()));
        {
            auto db = Database::open(databaseFile(), key, Database::Mode::CreateIfMissing,
                                     schemaMigrations());
            ASSERT_TRUE(db.ok());
            const platform::FixedClock clock(QDateTime::currentDateTimeUtc());
            CravingEntry entry;
            entry.occurredAt = clock.now();
            ASSERT_TRUE(CravingLogStore(**db, clock).add(entry).ok());
        }
        const auto keychain = platform::makeSecretStore();
        ASSERT_TRUE(keychain->write(oldStyleKeyEntry(), key.bytes()).ok());
        ASSERT_EQ(m_keyring.countItems(itemNamed(oldStyleKeyEntry())), 1);
    }

    // The probe fails the way a locked keyring should fail, and leaves everything as it was.
    void expectKeyUnavailableAndNothingChanged() {
        const auto filesBefore = folderDigest(profileDir());
        const int itemsBefore = m_keyring.countItems(kStepstoneItems);

        const ProbeRun locked = runProbe({"open", profileDir()});

        EXPECT_EQ(locked.exitCode, 2) << locked;
        EXPECT_EQ(locked.errorKind(), "KeyUnavailable") << locked;
        EXPECT_EQ(folderDigest(profileDir()), filesBefore);
        EXPECT_EQ(m_keyring.countItems(kStepstoneItems), itemsBefore);
    }

    // The log written before the lock reads back: the original key still opens the database.
    void expectOriginalKeyStillWorks(const QDBusObjectPath& collection) {
        m_keyring.unlockWithMasterPassword(collection, keyringPassword());
        ASSERT_FALSE(m_keyring.isLocked(collection));
        const ProbeRun unlocked = runProbe({"count", profileDir()});
        EXPECT_EQ(unlocked.out, "1") << unlocked;
    }

    QTemporaryDir m_root;
    SecretService m_keyring;
};

TEST_F(KeychainProfile, FirstRunStoresKeySecondRunReadsIt) {
    ASSERT_EQ(m_keyring.countItems(kStepstoneItems), 0);

    const ProbeRun first = runProbe({"open", profileDir()});
    ASSERT_EQ(first.out, "opened") << first;
    EXPECT_EQ(m_keyring.countItems(kStepstoneItems), 1);

    const ProbeRun added = runProbe({"add", profileDir(), "a note"});
    ASSERT_EQ(added.out, "added") << added;
    const ProbeRun counted = runProbe({"count", profileDir()});
    EXPECT_EQ(counted.out, "1") << counted;
    EXPECT_EQ(m_keyring.countItems(kStepstoneItems), 1);
}

TEST_F(KeychainProfile, LockedKeyringNeverCreatesANewKey) {
    ASSERT_NO_FATAL_FAILURE(createProfileWithOneLog());
    const QDBusObjectPath login = m_keyring.readAlias(QStringLiteral("default"));
    m_keyring.lock(login);
    ASSERT_TRUE(m_keyring.isLocked(login));

    expectKeyUnavailableAndNothingChanged();
    expectOriginalKeyStillWorks(login);
}

// gnome-keyring refuses new items in a locked default keyring, which would hide an opener that
// makes a new key on "not found". With an open default keyring beside the locked one, such a
// key would be stored, and the client's data locked away for good.
TEST_F(KeychainProfile, LockedKeyIsNotReplacedWhileAnotherKeyringIsOpen) {
    ASSERT_NO_FATAL_FAILURE(createProfileWithOneLog());
    const QDBusObjectPath login = m_keyring.readAlias(QStringLiteral("default"));
    const QDBusObjectPath session = m_keyring.readAlias(QStringLiteral("session"));
    m_keyring.setAlias(QStringLiteral("default"), session);
    m_keyring.lock(login);
    ASSERT_TRUE(m_keyring.isLocked(login));
    ASSERT_FALSE(m_keyring.isLocked(session));

    expectKeyUnavailableAndNothingChanged();
    expectOriginalKeyStillWorks(login);
}

TEST_F(KeychainProfile, NoSecretServiceGivesKeychainUnavailable) {
    const ProbeRun fresh = runProbeWithoutSecretService({"open", profileDir()});
    EXPECT_EQ(fresh.exitCode, 2) << fresh;
    EXPECT_EQ(fresh.errorKind(), "KeychainUnavailable") << fresh;
    EXPECT_FALSE(QFileInfo::exists(databaseFile()));

    ASSERT_NO_FATAL_FAILURE(createProfileWithOneLog());
    const auto filesBefore = folderDigest(profileDir());
    const ProbeRun existing = runProbeWithoutSecretService({"open", profileDir()});
    EXPECT_EQ(existing.exitCode, 2) << existing;
    EXPECT_EQ(existing.errorKind(), "KeychainUnavailable") << existing;
    EXPECT_EQ(folderDigest(profileDir()), filesBefore);
}

// The keychain entry follows the profile, not the folder's path: a folder renamed, moved or
// restored from a backup still opens with its data, and no second key is made.
TEST_F(KeychainProfile, RenamedProfileFolderStillOpensWithItsData) {
    ASSERT_NO_FATAL_FAILURE(createProfileWithOneLog());
    const QString renamed = m_root.filePath(QStringLiteral("restored profile"));
    ASSERT_TRUE(QDir().rename(profileDir(), renamed));

    const ProbeRun counted = runProbe({"count", renamed});
    EXPECT_EQ(counted.out, "1") << counted;
    EXPECT_EQ(m_keyring.countItems(kStepstoneItems), 1);
}

TEST_F(KeychainProfile, OldStyleProfileMovesItsKeyEntryAndOpens) {
    ASSERT_NO_FATAL_FAILURE(createOldStyleProfile());

    const ProbeRun counted = runProbe({"count", profileDir()});
    EXPECT_EQ(counted.out, "1") << counted;
    EXPECT_EQ(m_keyring.countItems(itemNamed(oldStyleKeyEntry())), 0) << "the old entry stayed";
    EXPECT_EQ(m_keyring.countItems(kStepstoneItems), 1);
    EXPECT_TRUE(QFileInfo::exists(QDir(profileDir()).filePath("profile.json")));

    // Moved now, the profile follows its id.
    const QString renamed = m_root.filePath(QStringLiteral("renamed after the move"));
    ASSERT_TRUE(QDir().rename(profileDir(), renamed));
    const ProbeRun again = runProbe({"count", renamed});
    EXPECT_EQ(again.out, "1") << again;
}

TEST_F(KeychainProfile, LockedKeyringDuringTheMoveGivesKeyUnavailableAndChangesNothing) {
    ASSERT_NO_FATAL_FAILURE(createOldStyleProfile());
    const QDBusObjectPath login = m_keyring.readAlias(QStringLiteral("default"));
    m_keyring.lock(login);
    ASSERT_TRUE(m_keyring.isLocked(login));

    expectKeyUnavailableAndNothingChanged();
    EXPECT_EQ(m_keyring.countItems(itemNamed(oldStyleKeyEntry())), 1);
    expectOriginalKeyStillWorks(login);
    EXPECT_EQ(m_keyring.countItems(itemNamed(oldStyleKeyEntry())), 0);
}

} // namespace
} // namespace stepstone::test
