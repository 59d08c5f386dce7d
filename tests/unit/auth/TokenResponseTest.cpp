#include "auth/TokenResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace stepstone;

namespace {

QJsonObject goodResponse() {
    return QJsonObject{{"access_token", "at-1"},   {"token_type", "Bearer"},
                       {"expires_in", 3600},       {"refresh_token", "rt-1"},
                       {"patient", "alex-rivera"}, {"scope", "openid  patient/Patient.r"}};
}

Result<TokenResponse, AuthError> parse(const QJsonObject& object) {
    return TokenResponse::parse(QJsonDocument(object).toJson());
}

} // namespace

TEST(TokenResponseTest, ReadsTokensPatientAndScopes) {
    auto response = parse(goodResponse());
    ASSERT_TRUE(response.ok()) << response.error().detail.toStdString();
    EXPECT_EQ(response->accessToken, "at-1");
    EXPECT_EQ(response->expiresInSeconds, 3600);
    EXPECT_EQ(response->refreshToken, "rt-1");
    EXPECT_EQ(response->patientId, "alex-rivera");
    EXPECT_EQ(response->scopes, QStringList({"openid", "patient/Patient.r"}));
}

TEST(TokenResponseTest, OptionalMembersMayBeAbsent) {
    QJsonObject object = goodResponse();
    for (const char* key : {"expires_in", "refresh_token", "patient", "scope"})
        object.remove(QLatin1StringView(key));
    object["token_type"] = "bearer"; // case-insensitive (RFC 6749 §5.1)
    auto response = parse(object);
    ASSERT_TRUE(response.ok());
    EXPECT_FALSE(response->expiresInSeconds.has_value());
    EXPECT_TRUE(response->refreshToken.isEmpty());
    EXPECT_TRUE(response->patientId.isEmpty());
    EXPECT_FALSE(response->scopes.has_value());
}

TEST(TokenResponseTest, MissingAccessTokenOrTypeIsAProtocolError) {
    for (const char* key : {"access_token", "token_type"}) {
        QJsonObject object = goodResponse();
        object.remove(QLatin1StringView(key));
        auto response = parse(object);
        ASSERT_FALSE(response.ok()) << key;
        EXPECT_EQ(response.error().kind, AuthError::Kind::Protocol);
    }
    QJsonObject object = goodResponse();
    object["token_type"] = "MAC";
    EXPECT_FALSE(parse(object).ok());
}

TEST(TokenResponseTest, WrongTypesAreAProtocolError) {
    const QList<std::pair<const char*, QJsonValue>> wrong{{"access_token", 12},
                                                          {"expires_in", "3600"},
                                                          {"expires_in", -5},
                                                          {"refresh_token", true},
                                                          {"patient", QJsonArray{"alex-rivera"}},
                                                          {"scope", QJsonArray{"openid"}},
                                                          {"token_type", QJsonValue::Null}};
    for (const auto& [key, value] : wrong) {
        QJsonObject object = goodResponse();
        object[QLatin1StringView(key)] = value;
        auto response = parse(object);
        ASSERT_FALSE(response.ok()) << key;
        EXPECT_EQ(response.error().kind, AuthError::Kind::Protocol) << key;
        EXPECT_FALSE(response.error().detail.contains("at-1")) << "a token in the detail";
    }
    EXPECT_FALSE(TokenResponse::parse("not json").ok());
    EXPECT_FALSE(TokenResponse::parse("[]").ok());
}

TEST(TokenResponseTest, InvalidGrantIsARefusalNamedByItsCode) {
    const auto error = TokenEndpointError::fromAnswer(
        400, R"({"error":"invalid_grant","error_description":"grant request is invalid"})");
    EXPECT_EQ(error.oauthError, "invalid_grant");
    EXPECT_EQ(error.error.kind, AuthError::Kind::Refused);
    EXPECT_EQ(error.error.detail, "invalid_grant: grant request is invalid");
    EXPECT_FALSE(error.error.message().isEmpty());
}

TEST(TokenResponseTest, UnavailableServerIsANetworkError) {
    for (const int status : {500, 502, 503, 429}) {
        const auto error = TokenEndpointError::fromAnswer(status, "<html>busy</html>");
        EXPECT_EQ(error.error.kind, AuthError::Kind::Network) << status;
        EXPECT_TRUE(error.oauthError.isEmpty());
    }
}

TEST(TokenResponseTest, OtherAnswersAreProtocolErrors) {
    EXPECT_EQ(TokenEndpointError::fromAnswer(400, "<html>").error.kind, AuthError::Kind::Protocol);
    EXPECT_EQ(TokenEndpointError::fromAnswer(302, {}).error.kind, AuthError::Kind::Protocol);
    EXPECT_EQ(TokenEndpointError::fromAnswer(404, R"({"error":"x"})").error.kind,
              AuthError::Kind::Protocol);
}
