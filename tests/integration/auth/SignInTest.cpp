#include "ClinicSignIn.h"
#include "ClinicTest.h"
#include "LogCapture.h"
#include "auth/SmartSession.h"
#include "common/SystemClock.h"
#include "fake/InMemorySecretStore.h"
#include "sync/SyncSteps.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kEntry = QStringLiteral("clinic-sign-in/profile-a");

class SignInTest : public ClinicTest {};

} // namespace

TEST_F(SignInTest, SignInWithPkceGivesTokensAndThePatient) {
    const ClinicSignIn signIn = signInToClinic(m_clinic.fhirBase, QStringLiteral("alex"));
    ASSERT_TRUE(signIn.grant.ok()) << signIn.grant.error().detail.toStdString();
    const SmartGrant& grant = *signIn.grant;
    EXPECT_EQ(grant.patientId, "alex-rivera");
    EXPECT_EQ(grant.fhirBase, m_clinic.fhirBase);
    EXPECT_EQ(grant.tokenEndpoint, m_clinic.tokenEndpoint);
    EXPECT_FALSE(grant.accessToken.isEmpty());
    EXPECT_FALSE(grant.refreshToken.isEmpty());
    EXPECT_NEAR(double(QDateTime::currentDateTimeUtc().secsTo(grant.accessTokenExpiry)), 3600, 60);
    // What the sync needs, and the clinic granted all of it.
    for (const QString& scope : requestedScopes(ScopeStyle::V2, syncAccess()))
        EXPECT_TRUE(grant.grantedScopes.contains(scope)) << qPrintable(scope);

    // The access token reads the client's own record and no one else's.
    const FhirAnswer patient = fhirGet(grant.fhirBase, "Patient/alex-rivera", grant.accessToken);
    EXPECT_EQ(patient.status, 200);
    EXPECT_EQ(patient.resource.value("id").toString(), "alex-rivera");
    EXPECT_EQ(fhirGet(grant.fhirBase, "Patient/jordan-lee", grant.accessToken).status, 403);

    // Adopted, the refresh token is in the keychain and the access token is not.
    QNetworkAccessManager network;
    platform::InMemorySecretStore secrets;
    const platform::SystemClock clock;
    SmartSession session(network, secrets, clock, kEntry);
    ASSERT_TRUE(adoptAndWaitUntilStored(session, grant).ok());
    const QByteArray stored = secrets.read(kEntry).value();
    EXPECT_TRUE(stored.contains(grant.refreshToken.toUtf8()));
    EXPECT_FALSE(stored.contains(grant.accessToken.toUtf8()));

    // The browser came back to the loopback listener and was shown a page without the code.
    ASSERT_TRUE(signIn.browserVisit.has_value());
    const TestBrowser::Visit& visit = *signIn.browserVisit;
    EXPECT_EQ(visit.url.host(), "127.0.0.1");
    EXPECT_EQ(visit.url.path(), "/callback");
    EXPECT_EQ(visit.status, 200);
    EXPECT_TRUE(visit.page.contains("You can go back to Stepstone"));
    const QString code = QUrlQuery(visit.url).queryItemValue("code");
    ASSERT_FALSE(code.isEmpty());
    EXPECT_FALSE(visit.page.contains(code.toUtf8()));

    for (const QString& line : capturedLog()) {
        EXPECT_FALSE(line.contains(grant.accessToken)) << "access token in the log";
        EXPECT_FALSE(line.contains(grant.refreshToken)) << "refresh token in the log";
        EXPECT_FALSE(line.contains(code)) << "authorization code in the log";
    }
}

TEST_F(SignInTest, WrongCodeVerifierIsRefusedAndReported) {
    // The challenge of one verifier, sent with another: what an attacker holding a stolen
    // code would do.
    const ClinicSignIn signIn = signInToClinic(m_clinic.fhirBase, QStringLiteral("alex"), [] {
        PkceCodes codes = PkceCodes::generate();
        codes.verifier = PkceCodes::generate().verifier;
        return codes;
    });
    ASSERT_FALSE(signIn.grant.ok());
    const AuthError& error = signIn.grant.error();
    EXPECT_EQ(error.kind, AuthError::Kind::Refused);
    EXPECT_TRUE(error.detail.startsWith("invalid_grant")) << error.detail.toStdString();
    EXPECT_TRUE(error.message().contains("did not accept the sign-in"))
        << error.message().toStdString();
}

TEST_F(SignInTest, DeniedSignInIsRefused) {
    // The auto-consent pages deny a login hint that names no demo client.
    const ClinicSignIn signIn = signInToClinic(m_clinic.fhirBase, QStringLiteral("nobody"));
    ASSERT_FALSE(signIn.grant.ok());
    EXPECT_EQ(signIn.grant.error().kind, AuthError::Kind::Refused);
    EXPECT_TRUE(signIn.grant.error().detail.startsWith("access_denied"))
        << signIn.grant.error().detail.toStdString();
    ASSERT_TRUE(signIn.browserVisit.has_value());
    EXPECT_TRUE(signIn.browserVisit->page.contains("You can go back to Stepstone"));
}
