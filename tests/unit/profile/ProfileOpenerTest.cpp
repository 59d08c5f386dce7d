#include "profile/ProfileOpener.h"

#include "TestFiles.h"
#include "fake/InMemorySecretStore.h"

#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

class ProfileOpenerTest : public ::testing::Test {
protected:
    QTemporaryDir m_dir;
    platform::InMemorySecretStore m_secrets;
    ProfileOpener m_opener{m_dir.filePath(QStringLiteral("profile")), m_secrets};
};

} // namespace

TEST_F(ProfileOpenerTest, FirstRunMakesAKeyInTheKeychainAndAnEncryptedDatabase) {
    EXPECT_EQ(m_opener.existingKind(), ProfileKind::None);
    auto db = m_opener.openWithKeychain();
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(m_secrets.writeCount(), 1);
    EXPECT_EQ(m_secrets.read(m_opener.keychainEntryName())->size(), DatabaseKey::kKeyBytes);
    EXPECT_EQ(m_opener.existingKind(), ProfileKind::Keychain);
    const QFileInfo folder(m_dir.filePath(QStringLiteral("profile")));
    EXPECT_EQ(folder.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
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
    auto db = m_opener.openWithKeychain();
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, OpenError::Kind::KeyUnavailable);
    EXPECT_EQ(m_secrets.writeCount(), 1);
    EXPECT_EQ(readAll(dbPath), before);

    m_secrets.failWith(std::nullopt);
    EXPECT_TRUE(m_opener.openWithKeychain().ok());
}

TEST_F(ProfileOpenerTest, LockedKeychainOnFirstRunCreatesNothing) {
    m_secrets.failWith(SecretErrorKind::NotFound);
    auto db = m_opener.openWithKeychain();
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, OpenError::Kind::KeyUnavailable);
    EXPECT_EQ(m_opener.existingKind(), ProfileKind::None);
}

TEST_F(ProfileOpenerTest, NoKeychainOnFirstRunAsksForAPassphrase) {
    m_secrets.failWith(SecretErrorKind::Unavailable);
    auto db = m_opener.openWithKeychain();
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, OpenError::Kind::KeychainUnavailable);
    EXPECT_EQ(m_opener.existingKind(), ProfileKind::None);
}

TEST_F(ProfileOpenerTest, PassphraseProfileReopensWithTheSamePassphrase) {
    ASSERT_TRUE(m_opener.openWithPassphrase(QStringLiteral("a long passphrase")).ok());
    EXPECT_EQ(m_opener.existingKind(), ProfileKind::Passphrase);
    EXPECT_EQ(m_secrets.writeCount(), 0);
    EXPECT_TRUE(m_opener.openWithPassphrase(QStringLiteral("a long passphrase")).ok());
}

TEST_F(ProfileOpenerTest, WrongPassphraseIsRefusedAndLeavesFileUntouched) {
    ASSERT_TRUE(m_opener.openWithPassphrase(QStringLiteral("a long passphrase")).ok());
    const auto before = snapshot(m_dir.path());
    auto db = m_opener.openWithPassphrase(QStringLiteral("a wrong passphrase"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, OpenError::Kind::WrongPassphrase);
    EXPECT_EQ(snapshot(m_dir.path()), before);
}

TEST_F(ProfileOpenerTest, ShortPassphraseIsRefusedForANewProfile) {
    auto db = m_opener.openWithPassphrase(QStringLiteral("short"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, OpenError::Kind::PassphraseTooShort);
    EXPECT_EQ(m_opener.existingKind(), ProfileKind::None);
}

TEST_F(ProfileOpenerTest, EachProfileFolderHasItsOwnKeychainEntry) {
    ProfileOpener other(m_dir.filePath(QStringLiteral("other")), m_secrets);
    EXPECT_NE(other.keychainEntryName(), m_opener.keychainEntryName());
}
