#include "auth/AuthorizationRequest.h"

#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace stepstone;

TEST(AuthorizationRequestTest, CarriesEverySmartAndPkceParameter) {
    SmartConfiguration config;
    config.fhirBase = QUrl("https://clinic.example/fhir/R4");
    config.authorizationEndpoint = QUrl("https://clinic.example/oidc/auth?tenant=a%26b");
    const AuthorizationRequest request{"stepstone", QUrl("http://127.0.0.1:5123/callback"),
                                       QStringList{"openid", "patient/Observation.crus"},
                                       "state+with/odd=chars", "challenge-value"};

    const QUrl url = request.url(config);
    EXPECT_EQ(url.host(), "clinic.example");
    EXPECT_EQ(url.path(), "/oidc/auth");
    const QUrlQuery query(url);
    const auto value = [&query](const char* key) {
        return query.queryItemValue(QLatin1StringView(key), QUrl::FullyDecoded);
    };
    EXPECT_EQ(value("tenant"), "a&b");
    EXPECT_EQ(value("response_type"), "code");
    EXPECT_EQ(value("client_id"), "stepstone");
    EXPECT_EQ(value("redirect_uri"), "http://127.0.0.1:5123/callback");
    EXPECT_EQ(value("scope"), "openid patient/Observation.crus");
    EXPECT_EQ(value("state"), "state+with/odd=chars");
    EXPECT_EQ(value("aud"), "https://clinic.example/fhir/R4");
    EXPECT_EQ(value("code_challenge"), "challenge-value");
    EXPECT_EQ(value("code_challenge_method"), "S256");
    // A `+` left bare would reach the server as a space.
    EXPECT_TRUE(url.toEncoded().contains("state%2Bwith"));
}
