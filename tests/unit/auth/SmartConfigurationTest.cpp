#include "auth/SmartConfiguration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace stepstone;

namespace {

const QUrl kFhirBase(QStringLiteral("https://clinic.example/fhir/R4"));

QJsonObject goodConfiguration() {
    return QJsonObject{
        {"issuer", "https://clinic.example/oidc"},
        {"authorization_endpoint", "https://clinic.example/oidc/auth"},
        {"token_endpoint", "https://clinic.example/oidc/token"},
        {"revocation_endpoint", "https://clinic.example/oidc/token/revocation"},
        {"code_challenge_methods_supported", QJsonArray{"S256"}},
        {"capabilities",
         QJsonArray{"launch-standalone", "client-public", "permission-v1", "permission-v2"}},
        {"scopes_supported", QJsonArray{"openid", "patient/Observation.rs"}},
    };
}

Result<SmartConfiguration, AuthError> parse(const QJsonObject& object,
                                            const QUrl& base = kFhirBase) {
    return SmartConfiguration::parse(QJsonDocument(object).toJson(), base);
}

} // namespace

TEST(SmartConfigurationTest, ReadsEveryEndpointAndCapability) {
    auto config = parse(goodConfiguration());
    ASSERT_TRUE(config.ok()) << config.error().detail.toStdString();
    EXPECT_EQ(config->fhirBase, kFhirBase);
    EXPECT_EQ(config->issuer, QStringLiteral("https://clinic.example/oidc"));
    EXPECT_EQ(config->authorizationEndpoint, QUrl("https://clinic.example/oidc/auth"));
    EXPECT_EQ(config->tokenEndpoint, QUrl("https://clinic.example/oidc/token"));
    EXPECT_EQ(config->revocationEndpoint, QUrl("https://clinic.example/oidc/token/revocation"));
    EXPECT_TRUE(config->capabilities.contains("client-public"));
    EXPECT_EQ(config->scopesSupported.size(), 2);
}

TEST(SmartConfigurationTest, PermissionV2PicksV2ScopeLetters) {
    auto config = parse(goodConfiguration());
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->scopeStyle, ScopeStyle::V2);
}

TEST(SmartConfigurationTest, WithoutPermissionV2ScopesAreV1) {
    QJsonObject object = goodConfiguration();
    object["capabilities"] = QJsonArray{"launch-standalone", "permission-v1"};
    auto config = parse(object);
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->scopeStyle, ScopeStyle::V1);
}

TEST(SmartConfigurationTest, PlainHttpToAnotherHostIsRefused) {
    for (const char* key : {"authorization_endpoint", "token_endpoint", "revocation_endpoint"}) {
        QJsonObject object = goodConfiguration();
        object[key] = "http://clinic.example/oidc/x";
        auto config = parse(object);
        ASSERT_FALSE(config.ok()) << key;
        EXPECT_EQ(config.error().kind, AuthError::Kind::Protocol);
        EXPECT_TRUE(config.error().detail.contains(QLatin1StringView(key)));
    }
}

TEST(SmartConfigurationTest, PlainHttpToThisDeviceIsAllowed) {
    QJsonObject object = goodConfiguration();
    object["authorization_endpoint"] = "http://127.0.0.1:8080/oidc/auth";
    object["token_endpoint"] = "http://localhost:8080/oidc/token";
    object["revocation_endpoint"] = "http://[::1]:8080/oidc/revoke";
    EXPECT_TRUE(parse(object, QUrl("http://127.0.0.1:8080/fhir/R4")).ok());
    EXPECT_TRUE(isAllowedEndpoint(QUrl("http://127.0.0.1:1/x")));
    EXPECT_FALSE(isAllowedEndpoint(QUrl("http://127.0.0.1.clinic.example/x")));
    EXPECT_FALSE(isAllowedEndpoint(QUrl("ftp://127.0.0.1/x")));
}

TEST(SmartConfigurationTest, NoS256IsRefused) {
    QJsonObject object = goodConfiguration();
    object["code_challenge_methods_supported"] = QJsonArray{"plain"};
    auto config = parse(object);
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().kind, AuthError::Kind::Protocol);
    EXPECT_TRUE(config.error().detail.contains("S256"));

    object.remove("code_challenge_methods_supported");
    EXPECT_FALSE(parse(object).ok());
}

TEST(SmartConfigurationTest, MissingTokenEndpointIsRefused) {
    QJsonObject object = goodConfiguration();
    object.remove("token_endpoint");
    auto config = parse(object);
    ASSERT_FALSE(config.ok());
    EXPECT_TRUE(config.error().detail.contains("token_endpoint"));
}

TEST(SmartConfigurationTest, WrongTypesAreRefused) {
    QJsonObject object = goodConfiguration();
    object["capabilities"] = "permission-v2";
    EXPECT_FALSE(parse(object).ok());
    object = goodConfiguration();
    object["code_challenge_methods_supported"] = QJsonArray{256};
    EXPECT_FALSE(parse(object).ok());
    object = goodConfiguration();
    object["token_endpoint"] = 42;
    EXPECT_FALSE(parse(object).ok());
    object = goodConfiguration();
    object["authorization_endpoint"] = "/oidc/auth";
    EXPECT_FALSE(parse(object).ok());
}

TEST(SmartConfigurationTest, MalformedJsonGivesAClearError) {
    for (const QByteArray& body :
         {QByteArray("{\"issuer\": "), QByteArray("<html>"), QByteArray("[1, 2]"), QByteArray()}) {
        auto config = SmartConfiguration::parse(body, kFhirBase);
        ASSERT_FALSE(config.ok()) << body.constData();
        EXPECT_EQ(config.error().kind, AuthError::Kind::Protocol);
        EXPECT_TRUE(config.error().detail.startsWith("smart-configuration: "));
        EXPECT_FALSE(config.error().message().isEmpty());
    }
}

TEST(SmartConfigurationTest, WellKnownUrlIsUnderTheFhirBase) {
    EXPECT_EQ(SmartConfiguration::wellKnownUrl(QUrl("https://clinic.example/fhir/R4/")),
              QUrl("https://clinic.example/fhir/R4/.well-known/smart-configuration"));
    EXPECT_EQ(SmartConfiguration::wellKnownUrl(kFhirBase),
              QUrl("https://clinic.example/fhir/R4/.well-known/smart-configuration"));
}
