#include "profile/ProfileOpener.h"

#include "TestFiles.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"
#include "profile/ProfileKeychainEntries.h"
#include "store/CravingLogStore.h"
#include "store/Schema.h"

#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

class ProfileOpenerTest : public ::testing::Test {
protected:
    QString folder() const { return m_dir.filePath(QStringLiteral("profile")); }

    // The entries named after the id the profile keeps in its folder.
    ProfileKeychainEntries entriesOf(const QString& dataDir) const {
        auto kept = ProfileIdFile::read(dataDir);
        EXPECT_TRUE(kept.ok() && kept->has_value()) << "no profile id in " << qPrintable(dataDir);
        return ProfileKeychainEntries::namedAfter(kept.ok() && *kept ? (*kept)->id : QString());
    }

    int cravingsIn(Database& db) const {
        auto logs = CravingLogStore(db, m_clock).recent(100);
        return logs ? int(logs->size()) : -1;
    }

    // A profile as Stepstone 0.1 left it: a database with one craving, its key and a clinic
    // sign-in in entries named after the folder's path, no id file.
    DatabaseKey makeOldStyleProfile(const QString& dataDir) {
        const DatabaseKey key = DatabaseKey::generate();
        EXPECT_TRUE(QDir().mkpath(dataDir));
        {
            auto db = Database::open(QDir(dataDir).filePath("stepstone.db"), key,
                                     Database::Mode::CreateIfMissing, schemaMigrations());
            EXPECT_TRUE(db.ok());
            CravingEntry entry;
            entry.occurredAt = m_clock.now();
            EXPECT_TRUE(CravingLogStore(**db, m_clock).add(entry).ok());
        }
        const auto old = legacyEntries(dataDir);
        EXPECT_TRUE(m_secrets.write(old.databaseKey, key.bytes()).ok());
        EXPECT_TRUE(m_secrets.write(old.clinicSignIn, "old sign-in").ok());
        return key;
    }

    static ProfileKeychainEntries legacyEntries(const QString& dataDir) {
        return ProfileKeychainEntries::namedAfter(ProfileKeychainEntries::legacySuffix(dataDir));
    }

    bool holds(const QString& entry) { return m_secrets.read(entry).ok(); }

    QTemporaryDir m_dir;
    platform::InMemorySecretStore m_secrets;
    platform::FixedClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(14, 5), Qt::UTC)};
    ProfileOpener m_opener{folder(), m_secrets, m_clock};
};

} // namespace

TEST_F(ProfileOpenerTest, FirstRunMakesAKeyInTheKeychainAndAnEncryptedDatabase) {
    EXPECT_EQ(m_opener.existingKind(), ProfileKind::None);
    auto opened = m_opener.openWithKeychain();
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(m_secrets.writeCount(), 1);
    EXPECT_EQ(m_secrets.read(entriesOf(folder()).databaseKey)->size(), DatabaseKey::kKeyBytes);
    EXPECT_EQ(opened->clinicSignInEntry, entriesOf(folder()).clinicSignIn);
    EXPECT_EQ(m_opener.existingKind(), ProfileKind::Keychain);
    const QFileInfo info(folder());
    EXPECT_EQ(info.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

TEST_F(ProfileOpenerTest, SecondRunReadsTheSameKey) {
    ASSERT_TRUE(m_opener.openWithKeychain().ok());
    auto again = m_opener.openWithKeychain();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(m_secrets.writeCount(), 1);
}

TEST_F(ProfileOpenerTest, LockedKeychainWithDataNeverMakesANewKey) {
    ASSERT_TRUE(m_opener.openWithKeychain().ok());
    const QString dbPath = m_opener.databasePath(ProfileKind::Keychain);
    const QByteArray before = readAll(dbPath);
    // gnome-keyring answers reads on a locked collection with "not found".
    m_secrets.failWith(SecretErrorKind::NotFound);
    auto opened = m_opener.openWithKeychain();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, OpenError::Kind::KeyUnavailable);
    EXPECT_EQ(m_secrets.writeCount(), 1);
    EXPECT_EQ(readAll(dbPath), before);

    m_secrets.failWith(std::nullopt);
    EXPECT_TRUE(m_opener.openWithKeychain().ok());
}

TEST_F(ProfileOpenerTest, LockedKeychainOnFirstRunCreatesNothing) {
    m_secrets.failWith(SecretErrorKind::NotFound);
    auto opened = m_opener.openWithKeychain();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, OpenError::Kind::KeyUnavailable);
    EXPECT_EQ(m_opener.existingKind(), ProfileKind::None);
    EXPECT_FALSE(QFileInfo::exists(folder()));
}

TEST_F(ProfileOpenerTest, NoKeychainOnFirstRunAsksForAPassphrase) {
    m_secrets.failWith(SecretErrorKind::Unavailable);
    auto opened = m_opener.openWithKeychain();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, OpenError::Kind::KeychainUnavailable);
    EXPECT_EQ(m_opener.existingKind(), ProfileKind::None);
}

TEST_F(ProfileOpenerTest, PassphraseProfileReopensWithTheSamePassphrase) {
    ASSERT_TRUE(m_opener.openWithPassphrase(QStringLiteral("a long passphrase")).ok());
    EXPECT_EQ(m_opener.existingKind(), ProfileKind::Passphrase);
    EXPECT_EQ(m_secrets.writeCount(), 0);
    auto again = m_opener.openWithPassphrase(QStringLiteral("a long passphrase"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->clinicSignInEntry, entriesOf(folder()).clinicSignIn);
}

TEST_F(ProfileOpenerTest, WrongPassphraseIsRefusedAndLeavesFileUntouched) {
    ASSERT_TRUE(m_opener.openWithPassphrase(QStringLiteral("a long passphrase")).ok());
    const auto before = snapshot(m_dir.path());
    auto opened = m_opener.openWithPassphrase(QStringLiteral("a wrong passphrase"));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, OpenError::Kind::WrongPassphrase);
    EXPECT_EQ(snapshot(m_dir.path()), before);
}

TEST_F(ProfileOpenerTest, ShortPassphraseIsRefusedForANewProfile) {
    auto opened = m_opener.openWithPassphrase(QStringLiteral("short"));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, OpenError::Kind::PassphraseTooShort);
    EXPECT_EQ(m_opener.existingKind(), ProfileKind::None);
}

TEST_F(ProfileOpenerTest, EachProfileHasItsOwnKeychainEntries) {
    const QString other = m_dir.filePath(QStringLiteral("other"));
    ASSERT_TRUE(m_opener.openWithKeychain().ok());
    ASSERT_TRUE(ProfileOpener(other, m_secrets, m_clock).openWithKeychain().ok());
    EXPECT_NE(entriesOf(other).databaseKey, entriesOf(folder()).databaseKey);
    EXPECT_NE(entriesOf(other).clinicSignIn, entriesOf(folder()).clinicSignIn);
    EXPECT_EQ(m_secrets.size(), 2);
}

TEST_F(ProfileOpenerTest, TheIdIsKeptOwnerOnlyAndNamesNoPath) {
    ASSERT_TRUE(m_opener.openWithKeychain().ok());
    const QString idFile = QDir(folder()).filePath(ProfileIdFile::kFileName);
    EXPECT_EQ(QFileInfo(idFile).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
              QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_FALSE(readAll(idFile).contains(folder().toUtf8()));
    EXPECT_EQ(entriesOf(folder()).databaseKey.size(), QStringLiteral("database-key-").size() + 32);
}

TEST_F(ProfileOpenerTest, RenamedFolderStillOpensWithItsData) {
    {
        auto opened = m_opener.openWithKeychain();
        ASSERT_TRUE(opened.ok());
        CravingEntry entry;
        entry.occurredAt = m_clock.now();
        ASSERT_TRUE(CravingLogStore(*opened->database, m_clock).add(entry).ok());
    }
    const QString moved = m_dir.filePath(QStringLiteral("restored elsewhere"));
    ASSERT_TRUE(QDir().rename(folder(), moved));

    auto reopened = ProfileOpener(moved, m_secrets, m_clock).openWithKeychain();
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error().detail);
    EXPECT_EQ(cravingsIn(*reopened->database), 1);
    EXPECT_EQ(m_secrets.writeCount(), 1) << "a new key was made";
}

TEST_F(ProfileOpenerTest, OldStyleProfileMovesItsEntriesToItsNewId) {
    const DatabaseKey key = makeOldStyleProfile(folder());
    const auto old = legacyEntries(folder());

    auto opened = m_opener.openWithKeychain();
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().detail);
    EXPECT_EQ(cravingsIn(*opened->database), 1);
    const auto moved = entriesOf(folder());
    EXPECT_EQ(m_secrets.read(moved.databaseKey).value(), key.bytes());
    EXPECT_EQ(m_secrets.read(moved.clinicSignIn).value(), "old sign-in");
    EXPECT_EQ(opened->clinicSignInEntry, moved.clinicSignIn);
    EXPECT_FALSE(holds(old.databaseKey));
    EXPECT_FALSE(holds(old.clinicSignIn));
    EXPECT_EQ(m_secrets.size(), 2);
    EXPECT_TRUE(ProfileIdFile::read(folder())->value().legacyEntries.isEmpty());
}

TEST_F(ProfileOpenerTest, LockedKeyringDuringTheMoveGivesKeyUnavailableAndChangesNothing) {
    makeOldStyleProfile(folder());
    const auto before = snapshot(m_dir.path());
    const int writesBefore = m_secrets.writeCount();
    m_secrets.failWith(SecretErrorKind::NotFound);

    auto opened = m_opener.openWithKeychain();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, OpenError::Kind::KeyUnavailable);
    EXPECT_EQ(snapshot(m_dir.path()), before);
    EXPECT_EQ(m_secrets.writeCount(), writesBefore);
    m_secrets.failWith(std::nullopt);
    EXPECT_TRUE(holds(legacyEntries(folder()).databaseKey));
    EXPECT_EQ(m_secrets.size(), 2);
}

// Every point a crash can stop the move at, from the id file just kept to the move noted done,
// and each opened from another folder, as if the folder was moved before the next start.
TEST_F(ProfileOpenerTest, MoveStoppedAtAnyStepFinishesAtTheNextOpenWithTheKeyKept) {
    const QString id = ProfileIdFile::generate().id;
    const auto to = ProfileKeychainEntries::namedAfter(id);
    struct Stop {
        const char* after;
        bool oldKey, newKey, oldSignIn, newSignIn, moveNoted;
    };
    const Stop stops[] = {
        {"id kept", true, false, true, false, false},
        {"new key written", true, true, true, false, false},
        {"old key removed", false, true, true, false, false},
        {"new sign-in written", false, true, true, true, false},
        {"old sign-in removed", false, true, false, true, false},
        {"move noted", false, true, false, true, true},
    };
    for (const Stop& stop : stops) {
        SCOPED_TRACE(stop.after);
        m_secrets.failWith(std::nullopt);
        const QString original = m_dir.filePath(QStringLiteral("before %1").arg(stop.after));
        const DatabaseKey key = makeOldStyleProfile(original);
        const auto from = legacyEntries(original);
        ProfileIdFile kept{id, stop.moveNoted ? QString()
                                              : ProfileKeychainEntries::legacySuffix(original)};
        ASSERT_TRUE(kept.write(original).ok());
        if (!stop.oldKey) {
            ASSERT_TRUE(m_secrets.remove(from.databaseKey).ok());
        }
        if (!stop.oldSignIn) {
            ASSERT_TRUE(m_secrets.remove(from.clinicSignIn).ok());
        }
        if (stop.newKey) {
            ASSERT_TRUE(m_secrets.write(to.databaseKey, key.bytes()).ok());
        }
        if (stop.newSignIn) {
            ASSERT_TRUE(m_secrets.write(to.clinicSignIn, "old sign-in").ok());
        }
        const QString moved = m_dir.filePath(QStringLiteral("after %1").arg(stop.after));
        ASSERT_TRUE(QDir().rename(original, moved));

        auto opened = ProfileOpener(moved, m_secrets, m_clock).openWithKeychain();
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().detail);
        EXPECT_EQ(cravingsIn(*opened->database), 1);
        EXPECT_EQ(m_secrets.read(to.databaseKey).value(), key.bytes());
        EXPECT_EQ(m_secrets.read(to.clinicSignIn).value(), "old sign-in");
        EXPECT_FALSE(holds(from.databaseKey));
        EXPECT_FALSE(holds(from.clinicSignIn));
        EXPECT_TRUE(ProfileIdFile::read(moved)->value().legacyEntries.isEmpty());
        ASSERT_TRUE(m_secrets.remove(to.databaseKey).ok());
        ASSERT_TRUE(m_secrets.remove(to.clinicSignIn).ok());
    }
}

TEST_F(ProfileOpenerTest, ASignInAlreadyUnderItsNewNameWinsOverTheOldOne) {
    makeOldStyleProfile(folder());
    const QString id = ProfileIdFile::generate().id;
    const ProfileIdFile moving{id, ProfileKeychainEntries::legacySuffix(folder())};
    ASSERT_TRUE(moving.write(folder()).ok());
    // Moved before a crash, and its refresh token rotated since.
    const auto to = ProfileKeychainEntries::namedAfter(id);
    ASSERT_TRUE(m_secrets.write(to.clinicSignIn, "rotated sign-in").ok());

    ASSERT_TRUE(m_opener.openWithKeychain().ok());
    EXPECT_EQ(m_secrets.read(to.clinicSignIn).value(), "rotated sign-in");
    EXPECT_FALSE(holds(legacyEntries(folder()).clinicSignIn));
}

TEST_F(ProfileOpenerTest, AMoveTheKeychainRefusesOpensWithTheOldKeyAndTriesAgainNextTime) {
    makeOldStyleProfile(folder());
    bool refuse = true;
    m_secrets.onWrite = [&](const QByteArray&) {
        if (refuse)
            m_secrets.failWith(SecretErrorKind::AccessDenied);
    };
    auto opened = m_opener.openWithKeychain();
    m_secrets.onWrite = {};
    m_secrets.failWith(std::nullopt);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().detail);
    EXPECT_EQ(cravingsIn(*opened->database), 1);
    EXPECT_TRUE(holds(legacyEntries(folder()).databaseKey));
    EXPECT_FALSE(ProfileIdFile::read(folder())->value().legacyEntries.isEmpty());
    opened = fail(OpenError{});

    refuse = false;
    auto again = m_opener.openWithKeychain();
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(holds(entriesOf(folder()).databaseKey));
    EXPECT_FALSE(holds(legacyEntries(folder()).databaseKey));
    EXPECT_TRUE(ProfileIdFile::read(folder())->value().legacyEntries.isEmpty());
}

TEST_F(ProfileOpenerTest, OldStylePassphraseProfileMovesItsSignIn) {
    ASSERT_TRUE(m_opener.openWithPassphrase(QStringLiteral("a long passphrase")).ok());
    // As Stepstone 0.1 left it: no id file, the sign-in named after the path.
    ASSERT_TRUE(QFile::remove(QDir(folder()).filePath(ProfileIdFile::kFileName)));
    const auto old = legacyEntries(folder());
    ASSERT_TRUE(m_secrets.write(old.clinicSignIn, "old sign-in").ok());

    auto opened = m_opener.openWithPassphrase(QStringLiteral("a long passphrase"));
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(m_secrets.read(opened->clinicSignInEntry).value(), "old sign-in");
    EXPECT_FALSE(holds(old.clinicSignIn));
    EXPECT_FALSE(holds(old.databaseKey));
    EXPECT_EQ(m_secrets.size(), 1);
}

TEST_F(ProfileOpenerTest, UnreadableIdFileIsAnErrorAndNoNewKeyIsMade) {
    ASSERT_TRUE(m_opener.openWithKeychain().ok());
    writeAll(QDir(folder()).filePath(ProfileIdFile::kFileName), "{\"id\":\"not an id\"}");
    auto opened = m_opener.openWithKeychain();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, OpenError::Kind::Store);
    EXPECT_FALSE(opened.error().message().isEmpty());
    EXPECT_EQ(m_secrets.writeCount(), 1);
}
