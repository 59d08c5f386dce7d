#include "auth/SmartGrant.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace stepstone;

namespace {

SmartGrant grant() {
    SmartGrant grant;
    grant.fhirBase = QUrl("https://clinic.example/fhir/R4");
    grant.clientId = "stepstone";
    grant.tokenEndpoint = QUrl("https://clinic.example/oidc/token");
    grant.revocationEndpoint = QUrl("https://clinic.example/oidc/token/revocation");
    grant.patientId = "alex-rivera";
    grant.grantedScopes = {"openid", "patient/Patient.r"};
    grant.refreshToken = "refresh-secret";
    grant.accessToken = "access-secret";
    grant.accessTokenExpiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    return grant;
}

} // namespace

TEST(SmartGrantTest, StoredFormKeepsTheGrantButNotTheAccessToken) {
    const QByteArray stored = grant().toStoredForm();
    EXPECT_FALSE(stored.contains("access-secret"));
    auto restored = SmartGrant::fromStoredForm(stored);
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    EXPECT_EQ(restored->fhirBase, grant().fhirBase);
    EXPECT_EQ(restored->clientId, "stepstone");
    EXPECT_EQ(restored->tokenEndpoint, grant().tokenEndpoint);
    EXPECT_EQ(restored->revocationEndpoint, grant().revocationEndpoint);
    EXPECT_EQ(restored->patientId, "alex-rivera");
    EXPECT_EQ(restored->grantedScopes, grant().grantedScopes);
    EXPECT_EQ(restored->refreshToken, "refresh-secret");
    EXPECT_TRUE(restored->accessToken.isEmpty());
    EXPECT_FALSE(restored->accessTokenExpiry.isValid());
}

TEST(SmartGrantTest, UnusableStoredFormsAskForASignIn) {
    const QJsonObject good = QJsonDocument::fromJson(grant().toStoredForm()).object();
    const QList<std::pair<const char*, QJsonValue>> broken{
        {"format", 2},
        {"refreshToken", ""},
        {"patient", QJsonValue::Undefined},
        {"tokenEndpoint", "http://clinic.example/token"},
        {"fhirBase", "not a url"},
        {"fhirBase", "http://clinic.example/fhir/R4"}};
    for (const auto& [key, value] : broken) {
        QJsonObject object = good;
        if (value.isUndefined())
            object.remove(QLatin1StringView(key));
        else
            object[QLatin1StringView(key)] = value;
        auto restored = SmartGrant::fromStoredForm(QJsonDocument(object).toJson());
        ASSERT_FALSE(restored.ok()) << key;
        EXPECT_EQ(restored.error().kind, AuthError::Kind::SignInRequired) << key;
    }
    EXPECT_FALSE(SmartGrant::fromStoredForm("garbage").ok());
}
