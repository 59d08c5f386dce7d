#include "ClinicSignIn.h"
#include "ClinicTest.h"
#include "auth/SmartSession.h"
#include "auth/TokenEndpoint.h"
#include "common/SystemClock.h"
#include "fake/InMemorySecretStore.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kEntry = QStringLiteral("clinic-sign-in/profile-a");

Result<QString, AuthError> fetchToken(AccessTokenSource& source) {
    std::optional<Result<QString, AuthError>> token;
    source.fetchAccessToken([&token](Result<QString, AuthError> t) { token.emplace(t); });
    EXPECT_TRUE(QTest::qWaitFor([&token] { return token.has_value(); }, 10'000));
    return token.value_or(fail(AuthError{AuthError::Kind::Network, "no answer in 10 s"}));
}

class SessionTest : public ClinicTest {
protected:
    // Signs in as Alex at `fhirBase` and hands the grant to `session`.
    SmartGrant signInto(SmartSession& session, const QUrl& fhirBase) {
        ClinicSignIn signIn = signInToClinic(fhirBase, QStringLiteral("alex"));
        EXPECT_TRUE(signIn.grant.ok()) << signIn.grant.error().detail.toStdString();
        if (!signIn.grant.ok())
            return {};
        EXPECT_TRUE(adoptAndWaitUntilStored(session, *signIn.grant).ok());
        return *signIn.grant;
    }

    SmartGrant storedGrant(const QString& entry = kEntry) {
        auto stored = m_secrets.read(entry);
        return stored.ok() ? SmartGrant::fromStoredForm(*stored).value() : SmartGrant{};
    }

    QNetworkAccessManager m_network;
    platform::InMemorySecretStore m_secrets;
    const platform::SystemClock m_clock;
    SmartSession m_session{m_network, m_secrets, m_clock, kEntry};
};

} // namespace

TEST_F(SessionTest, RefreshRotatesAndStoresTheNewTokenFirst) {
    const SmartGrant first = signInto(m_session, m_clinic.fhirBase);
    ASSERT_FALSE(first.refreshToken.isEmpty());

    bool handedOut = false;
    std::optional<bool> handedOutWhenStored;
    m_secrets.onWrite = [&](const QByteArray&) {
        handedOutWhenStored = handedOut;
    };

    // The FHIR server said 401; two requests want a new token at once. Presenting the same
    // refresh token twice would make the clinic revoke the grant, so this must be one refresh.
    m_session.reject(first.accessToken);
    QList<Result<QString, AuthError>> tokens;
    for (int i = 0; i < 2; ++i)
        m_session.fetchAccessToken([&](Result<QString, AuthError> token) {
            handedOut = true;
            tokens.append(token);
        });
    ASSERT_TRUE(QTest::qWaitFor([&] { return tokens.size() == 2; }, 10'000));
    ASSERT_TRUE(tokens[0].ok()) << tokens[0].error().detail.toStdString();
    ASSERT_TRUE(tokens[1].ok());
    // Compared without printing: a failing test must not put tokens in the output either.
    EXPECT_TRUE(*tokens[0] == *tokens[1]) << "the callers got different tokens";
    EXPECT_TRUE(*tokens[0] != first.accessToken) << "the rejected token came back";

    ASSERT_TRUE(handedOutWhenStored.has_value()) << "the rotated refresh token was not stored";
    EXPECT_FALSE(*handedOutWhenStored) << "the access token was used before the refresh token "
                                          "was stored";
    const SmartGrant stored = storedGrant();
    EXPECT_FALSE(stored.refreshToken.isEmpty());
    EXPECT_TRUE(stored.refreshToken != first.refreshToken) << "the refresh token did not rotate";
    EXPECT_EQ(fhirGet(m_clinic.fhirBase, "Patient/alex-rivera", *tokens[0]).status, 200);

    // The stored refresh token is the live one.
    m_session.reject(*tokens[0]);
    auto third = fetchToken(m_session);
    ASSERT_TRUE(third.ok()) << third.error().detail.toStdString();
    EXPECT_TRUE(storedGrant().refreshToken != stored.refreshToken) << "not stored again";
}

TEST_F(SessionTest, ReusedRefreshTokenRevokesTheGrantAndAsksToSignInAgain) {
    const SmartGrant first = signInto(m_session, m_clinic.fhirBase);
    const QByteArray staleCopy = m_secrets.read(kEntry).value();
    m_session.reject(first.accessToken);
    auto renewed = fetchToken(m_session);
    ASSERT_TRUE(renewed.ok()) << renewed.error().detail.toStdString();

    // A copy of the keychain entry from before the rotation (a restored backup, say)
    // presents the spent refresh token.
    const QString staleEntry = QStringLiteral("clinic-sign-in/stale-copy");
    ASSERT_TRUE(m_secrets.write(staleEntry, staleCopy).ok());
    SmartSession stale(m_network, m_secrets, m_clock, staleEntry);
    ASSERT_TRUE(restoreAndWait(stale).value());
    auto refused = fetchToken(stale);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, AuthError::Kind::SignInRequired);
    EXPECT_FALSE(refused.error().message().isEmpty());
    // The keychain is asked on its own thread; the entry goes soon after the answer.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_secrets.read(staleEntry).ok(); }, 5'000));

    // The clinic revoked the whole grant, so the live session is over too.
    m_session.reject(*renewed);
    auto ended = fetchToken(m_session);
    ASSERT_FALSE(ended.ok());
    EXPECT_EQ(ended.error().kind, AuthError::Kind::SignInRequired);
    EXPECT_FALSE(m_session.isSignedIn());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_secrets.read(kEntry).ok(); }, 5'000));
}

TEST_F(SessionTest, SignOutRemovesTokensAndKeepsNothingElse) {
    const QString otherEntry = QStringLiteral("database-key/profile-a");
    ASSERT_TRUE(m_secrets.write(otherEntry, "the profile's key").ok());
    const SmartGrant grant = signInto(m_session, m_clinic.fhirBase);

    std::optional<SmartSession::SignOutOutcome> outcome;
    m_session.signOut([&outcome](SmartSession::SignOutOutcome o) { outcome = o; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 10'000));
    EXPECT_TRUE(outcome->revokedAtClinic);
    EXPECT_FALSE(outcome->keychainError.has_value());

    EXPECT_FALSE(m_secrets.read(kEntry).ok());
    EXPECT_EQ(m_secrets.read(otherEntry).value(), "the profile's key");
    EXPECT_EQ(m_secrets.size(), 1);
    EXPECT_FALSE(m_session.isSignedIn());
    EXPECT_TRUE(m_session.patientId().isEmpty());
    EXPECT_EQ(fetchToken(m_session).error().kind, AuthError::Kind::SignInRequired);

    // Revoked at the clinic: the refresh token is refused there.
    std::optional<HttpAnswer> answer;
    InFlightRequest request;
    request.start(
        tokenendpoint::refresh(m_network, grant.tokenEndpoint, grant.clientId, grant.refreshToken),
        [&answer](const HttpAnswer& a) { answer = a; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 10'000));
    auto refreshed = tokenendpoint::interpret(*answer);
    ASSERT_FALSE(refreshed.ok());
    EXPECT_EQ(refreshed.error().oauthError, "invalid_grant");
}

TEST_F(SessionTest, ExpiredAccessTokenIsRefreshedTransparently) {
    // Its own server, so the shared one keeps tokens that outlive every other test.
    OwnClinicServer shortLived({QStringLiteral("--access-token-ttl"), QStringLiteral("2")});
    ASSERT_TRUE(shortLived.server().has_value()) << "the clinic server did not start";
    const QUrl fhirBase = shortLived.server()->fhirBase;
    const SmartGrant grant = signInto(m_session, fhirBase);
    EXPECT_TRUE(fetchToken(m_session).value() == grant.accessToken) << "renewed too early";

    // Wait until the FHIR server refuses the first token, and its lifetime as the token
    // response gave it has passed (the server counts from a whole second before).
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return QDateTime::currentDateTimeUtc() > grant.accessTokenExpiry &&
                   fhirGet(fhirBase, "Patient/alex-rivera", grant.accessToken).status == 401;
        },
        6000));

    auto renewed = fetchToken(m_session); // no reject(): the session knows the token expired
    ASSERT_TRUE(renewed.ok()) << renewed.error().detail.toStdString();
    EXPECT_TRUE(*renewed != grant.accessToken) << "the expired token was handed out";
    EXPECT_EQ(fhirGet(fhirBase, "Patient/alex-rivera", *renewed).status, 200);
}
