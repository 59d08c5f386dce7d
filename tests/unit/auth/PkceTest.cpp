#include "auth/Pkce.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace stepstone;

namespace {

const QRegularExpression kBase64Url(QStringLiteral("^[A-Za-z0-9_-]+$"));

} // namespace

// RFC 7636 Appendix B: the example verifier's octets, verifier and S256 challenge.
TEST(PkceTest, MatchesTheRfc7636Example) {
    const unsigned char octets[] = {116, 24,  223, 180, 151, 153, 224, 37,  79,  250, 96,
                                    125, 216, 173, 187, 186, 22,  212, 37,  77,  105, 214,
                                    191, 240, 91,  88,  5,   88,  83,  132, 141, 121};
    const PkceCodes codes = PkceCodes::fromRandomBytes(
        QByteArray(reinterpret_cast<const char*>(octets), sizeof(octets)));
    EXPECT_EQ(codes.verifier, QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    EXPECT_EQ(codes.challenge, QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

TEST(PkceTest, GeneratedVerifierIsLongEnoughAndUrlSafe) {
    const PkceCodes codes = PkceCodes::generate();
    EXPECT_GE(codes.verifier.size(), 43);
    EXPECT_LE(codes.verifier.size(), 128);
    EXPECT_TRUE(kBase64Url.match(QString::fromLatin1(codes.verifier)).hasMatch());
    EXPECT_EQ(codes.challenge, PkceCodes::s256Challenge(codes.verifier));
}

TEST(PkceTest, EverySignInGetsNewCodesAndState) {
    EXPECT_NE(PkceCodes::generate().verifier, PkceCodes::generate().verifier);
    const QByteArray state = randomUrlSafeToken(32);
    EXPECT_EQ(state.size(), 43);
    EXPECT_TRUE(kBase64Url.match(QString::fromLatin1(state)).hasMatch());
    EXPECT_NE(state, randomUrlSafeToken(32));
}
