#include "security/PassphraseKdf.h"

#include <gtest/gtest.h>

using namespace stepstone;

namespace {
QByteArray countingSalt() {
    QByteArray salt(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        salt[i] = char(i);
    return salt;
}
} // namespace

// Expected values from an independent PBKDF2-HMAC-SHA512 (Python's hashlib).
TEST(PassphraseKdf, MatchesIndependentPbkdf2HmacSha512) {
    const DatabaseKey key =
        PassphraseKdf::derive(QStringLiteral("correct horse battery staple"), countingSalt(), 1000);
    ASSERT_TRUE(key.isValid());
    EXPECT_EQ(key.bytes().toHex(),
              "03a026148b62ec22a561da0f895f637f577d965a77ee8dbb5a6b3c671f1fc0c2");
    EXPECT_EQ(key.salt(), countingSalt());
}

TEST(PassphraseKdf, EncodesNonAsciiPassphrasesAsUtf8) {
    const DatabaseKey key = PassphraseKdf::derive(QStringLiteral("contraseña"), countingSalt(), 2);
    EXPECT_EQ(key.bytes().toHex(),
              "06578e6af1dc80b33e2f138161c4e15a71796073cde05f10c15e51068e569e39");
}

TEST(PassphraseKdf, RefusesASaltOfTheWrongSize) {
    EXPECT_FALSE(PassphraseKdf::derive(QStringLiteral("long enough"), "short", 2).isValid());
}

TEST(PassphraseKdf, NewSaltsDiffer) {
    EXPECT_NE(PassphraseKdf::newSalt(), PassphraseKdf::newSalt());
    EXPECT_EQ(PassphraseKdf::newSalt().size(), DatabaseKey::kSaltBytes);
}

TEST(DatabaseKey, GeneratedKeysAreFullLengthAndDiffer) {
    const DatabaseKey a = DatabaseKey::generate();
    const DatabaseKey b = DatabaseKey::generate();
    ASSERT_TRUE(a.isValid());
    EXPECT_EQ(a.bytes().size(), 32);
    EXPECT_NE(a.bytes(), b.bytes());
    EXPECT_EQ(a.sqlcipherLiteral().size(), 3 + 64);
}
