#include "auth/SmartSession.h"

#include "FakeTokenEndpoint.h"
#include "TestApplication.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"

#include <QNetworkAccessManager>
#include <atomic>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kEntry = QStringLiteral("clinic-sign-in/profile-a");
const QString kOtherEntry = QStringLiteral("database-key/profile-a");

QByteArray tokens(const char* access, const char* refresh, int expiresIn = 3600) {
    return QStringLiteral(R"({"access_token":"%1","token_type":"Bearer","expires_in":%3,)"
                          R"("refresh_token":"%2","scope":"openid patient/Patient.r"})")
        .arg(QLatin1StringView(access), QLatin1StringView(refresh))
        .arg(expiresIn)
        .toUtf8();
}

class SmartSessionTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { ensureCoreApplication(); }

    SmartGrant grant() const {
        SmartGrant grant;
        grant.fhirBase = QUrl("https://clinic.example/fhir/R4");
        grant.clientId = "stepstone";
        grant.tokenEndpoint = m_endpoint.url("/token");
        grant.revocationEndpoint = m_endpoint.url("/revoke");
        grant.patientId = "alex-rivera";
        grant.grantedScopes = {"openid", "patient/Patient.r"};
        grant.refreshToken = "rt-1";
        grant.accessToken = "at-1";
        grant.accessTokenExpiry = m_clock.now().addSecs(3600);
        return grant;
    }

    void signIn() {
        std::optional<Result<void, SecretError>> stored;
        m_session.adopt(grant(), [&stored](Result<void, SecretError> s) { stored.emplace(s); });
        ASSERT_TRUE(waitForValue(stored));
        ASSERT_TRUE(stored->ok());
    }

    static Result<bool, SecretError> restore(SmartSession& session) {
        std::optional<Result<bool, SecretError>> restored;
        session.restore([&restored](Result<bool, SecretError> r) { restored.emplace(r); });
        EXPECT_TRUE(waitForValue(restored));
        return restored.value_or(fail(SecretError{}));
    }

    // The keychain answers on a thread of its own, after the callers were served.
    bool eventuallyRemoved(const QString& entry) {
        return QTest::qWaitFor([&] { return !m_secrets.read(entry).ok(); }, 5000);
    }

    Result<QString, AuthError> fetch() {
        std::optional<Result<QString, AuthError>> token;
        m_session.fetchAccessToken([&token](Result<QString, AuthError> t) { token.emplace(t); });
        EXPECT_TRUE(waitForValue(token));
        return token.value_or(fail(AuthError{}));
    }

    QByteArray stored() { return m_secrets.read(kEntry).value(); }

    FakeTokenEndpoint m_endpoint;
    platform::InMemorySecretStore m_secrets;
    platform::FixedClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(14, 5), Qt::UTC)};
    QNetworkAccessManager m_network;
    SmartSession m_session{m_network, m_secrets, m_clock, kEntry};
};

} // namespace

TEST_F(SmartSessionTest, NotSignedInAsksForASignIn) {
    auto token = fetch();
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().kind, AuthError::Kind::SignInRequired);
}

TEST_F(SmartSessionTest, AdoptedGrantIsStoredWithoutItsAccessToken) {
    signIn();
    EXPECT_TRUE(stored().contains("rt-1"));
    EXPECT_FALSE(stored().contains("at-1"));
    EXPECT_EQ(m_session.patientId(), "alex-rivera");
    EXPECT_EQ(m_session.fhirBase(), QUrl("https://clinic.example/fhir/R4"));
    EXPECT_EQ(fetch().value(), "at-1");
    EXPECT_TRUE(m_endpoint.forms().isEmpty());
}

TEST_F(SmartSessionTest, TokenIsRenewedShortlyBeforeItRunsOut) {
    signIn();
    m_clock.advanceSeconds(3600 - 90);
    EXPECT_EQ(fetch().value(), "at-1");
    m_clock.advanceSeconds(60); // 30 s left: within the minute's margin
    m_endpoint.answer(200, tokens("at-2", "rt-2"));
    EXPECT_EQ(fetch().value(), "at-2");
    ASSERT_EQ(m_endpoint.forms().size(), 1);
    const QUrlQuery& form = m_endpoint.forms().first();
    EXPECT_EQ(form.queryItemValue("grant_type"), "refresh_token");
    EXPECT_EQ(form.queryItemValue("refresh_token"), "rt-1");
    EXPECT_EQ(form.queryItemValue("client_id"), "stepstone");
}

TEST_F(SmartSessionTest, ConcurrentCallersShareOneRefresh) {
    signIn();
    m_clock.advanceSeconds(3600);
    m_endpoint.answer(200, tokens("at-2", "rt-2"));
    m_endpoint.hold();
    QStringList received;
    const auto collect = [&received](Result<QString, AuthError> token) {
        received.append(token.ok() ? *token : QStringLiteral("error"));
    };
    m_session.fetchAccessToken(collect);
    // The others ask while the first refresh is at the server.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_endpoint.forms().size() == 1; }, 5000));
    m_session.fetchAccessToken(collect);
    m_session.fetchAccessToken(collect);
    QTest::qWait(50);
    m_endpoint.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return received.size() == 3; }, 5000));
    EXPECT_EQ(received, QStringList({"at-2", "at-2", "at-2"}));
    EXPECT_EQ(m_endpoint.forms().size(), 1);
}

TEST_F(SmartSessionTest, RotatedRefreshTokenIsStoredBeforeTheAccessTokenIsUsed) {
    signIn();
    std::atomic<bool> handedOut = false;
    std::optional<bool> handedOutAtWrite;
    m_secrets.onWrite = [&](const QByteArray& secret) {
        if (secret.contains("rt-2"))
            handedOutAtWrite = handedOut;
    };
    m_session.reject("at-1");
    m_endpoint.answer(200, tokens("at-2", "rt-2"));
    std::optional<Result<QString, AuthError>> token;
    m_session.fetchAccessToken([&](Result<QString, AuthError> t) {
        handedOut = true;
        token.emplace(t);
    });
    ASSERT_TRUE(waitForValue(token));
    EXPECT_EQ(token->value(), "at-2");
    ASSERT_TRUE(handedOutAtWrite.has_value()) << "the new refresh token was never stored";
    EXPECT_FALSE(*handedOutAtWrite);
    EXPECT_TRUE(stored().contains("rt-2"));
    EXPECT_FALSE(stored().contains("rt-1"));
}

TEST_F(SmartSessionTest, RejectingAnOlderTokenKeepsTheCurrentOne) {
    signIn();
    m_session.reject("at-1");
    m_endpoint.answer(200, tokens("at-2", "rt-2"));
    EXPECT_EQ(fetch().value(), "at-2");
    m_session.reject("at-1");
    EXPECT_EQ(fetch().value(), "at-2");
    EXPECT_EQ(m_endpoint.forms().size(), 1);
}

TEST_F(SmartSessionTest, InvalidGrantForgetsTheSignInAndNothingElse) {
    ASSERT_TRUE(m_secrets.write(kOtherEntry, "profile key").ok());
    signIn();
    m_session.reject("at-1");
    m_endpoint.answer(400, R"({"error":"invalid_grant","error_description":"grant revoked"})");
    auto token = fetch();
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().kind, AuthError::Kind::SignInRequired);
    EXPECT_FALSE(m_session.isSignedIn());
    EXPECT_TRUE(eventuallyRemoved(kEntry));
    EXPECT_EQ(m_secrets.read(kOtherEntry).value(), "profile key");
    EXPECT_EQ(fetch().error().kind, AuthError::Kind::SignInRequired);
    EXPECT_EQ(m_endpoint.forms().size(), 1);
}

TEST_F(SmartSessionTest, UnreachableClinicKeepsTheRefreshToken) {
    signIn();
    m_session.reject("at-1");
    m_endpoint.close();
    auto token = fetch();
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().kind, AuthError::Kind::Network);
    EXPECT_TRUE(m_session.isSignedIn());
    EXPECT_TRUE(stored().contains("rt-1"));
}

TEST_F(SmartSessionTest, ServerTroubleIsANetworkErrorAndTheNextTryWorks) {
    signIn();
    m_session.reject("at-1");
    m_endpoint.answer(503, "{}");
    m_endpoint.answer(200, tokens("at-2", "rt-2"));
    EXPECT_EQ(fetch().error().kind, AuthError::Kind::Network);
    EXPECT_TRUE(stored().contains("rt-1"));
    EXPECT_EQ(fetch().value(), "at-2");
}

TEST_F(SmartSessionTest, StoredSignInIsPickedUpAtStart) {
    signIn();
    SmartSession restarted(m_network, m_secrets, m_clock, kEntry);
    auto restored = restore(restarted);
    ASSERT_TRUE(restored.ok());
    EXPECT_TRUE(*restored);
    EXPECT_EQ(restarted.patientId(), "alex-rivera");
    EXPECT_EQ(restarted.grantedScopes(), QStringList({"openid", "patient/Patient.r"}));

    m_endpoint.answer(200, tokens("at-2", "rt-2"));
    std::optional<Result<QString, AuthError>> token;
    restarted.fetchAccessToken([&token](Result<QString, AuthError> t) { token.emplace(t); });
    ASSERT_TRUE(waitForValue(token));
    EXPECT_EQ(token->value(), "at-2"); // access tokens are never stored: the first one is new
}

TEST_F(SmartSessionTest, RestoreTellsNothingStoredFromALockedKeychain) {
    auto nothing = restore(m_session);
    ASSERT_TRUE(nothing.ok());
    EXPECT_FALSE(*nothing);
    m_secrets.failWith(SecretErrorKind::AccessDenied);
    auto locked = restore(m_session);
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().kind, SecretErrorKind::AccessDenied);
    EXPECT_FALSE(m_session.isSignedIn());
}

TEST_F(SmartSessionTest, KeychainFailureDuringRefreshStillHandsOutTheToken) {
    signIn();
    m_session.reject("at-1");
    m_endpoint.answer(200, tokens("at-2", "rt-2"));
    m_secrets.failWith(SecretErrorKind::AccessDenied);
    EXPECT_EQ(fetch().value(), "at-2");
    m_secrets.failWith(std::nullopt);
    EXPECT_TRUE(stored().contains("rt-1"));
}

TEST_F(SmartSessionTest, SignOutRevokesAndRemovesOnlyTheSignIn) {
    ASSERT_TRUE(m_secrets.write(kOtherEntry, "profile key").ok());
    signIn();
    m_endpoint.answer(200, {});
    std::optional<SmartSession::SignOutOutcome> outcome;
    m_session.signOut([&outcome](SmartSession::SignOutOutcome o) { outcome = o; });
    EXPECT_FALSE(m_session.isSignedIn());
    ASSERT_TRUE(waitForValue(outcome));
    EXPECT_FALSE(m_secrets.read(kEntry).ok());
    EXPECT_TRUE(outcome->revokedAtClinic);
    EXPECT_FALSE(outcome->keychainError.has_value());
    ASSERT_EQ(m_endpoint.forms().size(), 1);
    EXPECT_EQ(m_endpoint.forms().first().queryItemValue("token"), "rt-1");
    EXPECT_EQ(m_endpoint.forms().first().queryItemValue("token_type_hint"), "refresh_token");
    EXPECT_EQ(m_secrets.read(kOtherEntry).value(), "profile key");
    EXPECT_EQ(m_secrets.size(), 1);
    EXPECT_EQ(fetch().error().kind, AuthError::Kind::SignInRequired);
}

TEST_F(SmartSessionTest, SignOutWithoutTheClinicStillForgetsTheSignIn) {
    signIn();
    m_endpoint.close();
    std::optional<SmartSession::SignOutOutcome> outcome;
    m_session.signOut([&outcome](SmartSession::SignOutOutcome o) { outcome = o; });
    ASSERT_TRUE(waitForValue(outcome));
    EXPECT_FALSE(outcome->revokedAtClinic);
    EXPECT_FALSE(m_secrets.read(kEntry).ok());
    EXPECT_FALSE(m_session.isSignedIn());
}

TEST_F(SmartSessionTest, SignOutDuringARefreshAnswersTheWaitingCallers) {
    signIn();
    m_session.reject("at-1");
    m_endpoint.answer(200, tokens("at-2", "rt-2"));
    std::optional<Result<QString, AuthError>> token;
    m_session.fetchAccessToken([&token](Result<QString, AuthError> t) { token.emplace(t); });
    m_session.signOut();
    ASSERT_TRUE(token.has_value());
    EXPECT_EQ(token->error().kind, AuthError::Kind::SignInRequired);
    QTest::qWait(100);
    EXPECT_TRUE(eventuallyRemoved(kEntry));
}

TEST_F(SmartSessionTest, AKeychainThatTakesLongNeverHoldsUpTheEventLoop) {
    signIn();
    SmartSession restarted(m_network, m_secrets, m_clock, kEntry);
    m_secrets.holdAnswers();
    std::optional<Result<bool, SecretError>> restored;
    restarted.restore([&](Result<bool, SecretError> r) { restored.emplace(r); });

    EXPECT_TRUE(timersFireWhileTheKeychainHolds(m_secrets));
    EXPECT_FALSE(restored.has_value());

    m_secrets.releaseAnswers();
    ASSERT_TRUE(waitForValue(restored));
    EXPECT_TRUE(restored->value());
    EXPECT_EQ(restarted.patientId(), "alex-rivera");
}
