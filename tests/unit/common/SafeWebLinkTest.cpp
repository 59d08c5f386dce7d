#include "common/SafeWebLink.h"

#include <gtest/gtest.h>

using namespace stepstone;

TEST(SafeWebLink, AnHttpsAddressWithAHostIsKeptAsWritten) {
    const auto url = safeWebLink(QStringLiteral("https://meet.example/j/123?pwd=abc#start"));
    ASSERT_TRUE(url.has_value());
    EXPECT_EQ(url->host(), QStringLiteral("meet.example"));
    EXPECT_EQ(url->toString(), QStringLiteral("https://meet.example/j/123?pwd=abc#start"));
}

TEST(SafeWebLink, OtherSchemesAndAddressesWithoutAHostAreRefused) {
    for (const char* text :
         {"http://meet.example/j/123", "javascript:alert(1)", "ftp://meet.example/",
          "meet.example/j/123", "https://", "https:/x", ""})
        EXPECT_FALSE(safeWebLink(QString::fromLatin1(text)).has_value()) << text;
}

TEST(SafeWebLink, UserInfoThatHidesTheRealHostIsRefused) {
    EXPECT_FALSE(safeWebLink(QStringLiteral("https://clinic.example@evil.example/")).has_value());
    EXPECT_FALSE(safeWebLink(QStringLiteral("https://me:pw@meet.example/")).has_value());
}

TEST(SafeWebLink, WhitespaceControlsAndOverlongAddressesAreRefused) {
    EXPECT_FALSE(safeWebLink(QStringLiteral("https://meet.example/a b")).has_value());
    EXPECT_FALSE(safeWebLink(QStringLiteral(" https://meet.example/")).has_value());
    EXPECT_FALSE(safeWebLink(QStringLiteral("https://meet.example/\x01")).has_value());
    const QString base = QStringLiteral("https://meet.example/");
    EXPECT_TRUE(safeWebLink(base + QString(2048 - base.size(), u'a')).has_value());
    EXPECT_FALSE(safeWebLink(base + QString(2049 - base.size(), u'a')).has_value());
}
