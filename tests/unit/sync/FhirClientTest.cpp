#include "sync/FhirClient.h"

#include "NetworkTestSupport.h"
#include "ScriptedHttpServer.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;
using namespace std::chrono_literals;
using Mode = ScriptedHttpServer::Mode;

namespace {

class FhirClientTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { ensureCoreApplication(); }

    Result<FhirResponse, FhirError> get(const QString& target) {
        std::optional<Result<FhirResponse, FhirError>> result;
        m_client.get(target, [&](Result<FhirResponse, FhirError> r) { result.emplace(r); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        return result.value_or(fail(FhirError{}));
    }

    ScriptedHttpServer m_server;
    CountingTokenSource m_tokens{m_server.baseUrl()};
    QNetworkAccessManager m_network;
    FhirClient m_client{m_network, m_tokens, {1024 * 1024, 500ms}};
};

} // namespace

TEST_F(FhirClientTest, ReadsAResourceWithTheBearerToken) {
    m_server.respond(200, R"({"resourceType":"Patient","id":"alex-rivera"})",
                     {{"ETag", "W/\"v1\""}});
    auto response = get(QStringLiteral("Patient/alex-rivera"));
    ASSERT_TRUE(response.ok());
    EXPECT_EQ(response->body.value("id").toString(), "alex-rivera");
    EXPECT_EQ(response->etag, "W/\"v1\"");
    ASSERT_EQ(m_server.requests().size(), 1);
    EXPECT_EQ(m_server.requests()[0].target, "/fhir/R4/Patient/alex-rivera");
    EXPECT_EQ(m_server.requests()[0].headers.value("authorization"), "Bearer token-1");
}

TEST_F(FhirClientTest, RetriesOnceWithAFreshTokenAfter401) {
    m_server.respond(401, "{}");
    m_server.respond(200, R"({"resourceType":"Patient"})");
    ASSERT_TRUE(get(QStringLiteral("Patient/x")).ok());
    ASSERT_EQ(m_server.requests().size(), 2);
    EXPECT_EQ(m_server.requests()[1].headers.value("authorization"), "Bearer token-2");
}

TEST_F(FhirClientTest, Second401AsksToSignInAgain) {
    m_server.respond(401, "{}");
    m_server.respond(401, "{}");
    auto response = get(QStringLiteral("Patient/x"));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, FhirError::Kind::SignInNeeded);
    EXPECT_FALSE(response.error().isTransient());
}

TEST_F(FhirClientTest, ServerErrorsAreTransientAndCarryRetryAfter) {
    m_server.respond(503, "{}");
    auto busy = get(QStringLiteral("Patient/x"));
    ASSERT_FALSE(busy.ok());
    EXPECT_EQ(busy.error().kind, FhirError::Kind::Server);
    EXPECT_TRUE(busy.error().isTransient());

    m_server.respond(429, "{}", {{"Retry-After", "7"}});
    auto limited = get(QStringLiteral("Patient/x"));
    ASSERT_FALSE(limited.ok());
    EXPECT_EQ(limited.error().kind, FhirError::Kind::RateLimited);
    EXPECT_EQ(limited.error().retryAfter, 7000ms);
}

TEST_F(FhirClientTest, StaleVersionIsAConflict) {
    m_server.respond(412, R"({"resourceType":"OperationOutcome"})");
    auto response = get(QStringLiteral("Observation/x"));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, FhirError::Kind::Conflict);
}

TEST_F(FhirClientTest, MalformedAnswersAreRefusedWithAClearError) {
    for (const QByteArray& body :
         {QByteArray("not json"), QByteArray("[1,2]"), QByteArray(R"({"id":"no type"})"),
          QByteArray(R"({"resourceType":42})")}) {
        m_server.respond(200, body);
        auto response = get(QStringLiteral("Patient/x"));
        ASSERT_FALSE(response.ok()) << body.constData();
        EXPECT_EQ(response.error().kind, FhirError::Kind::Malformed);
        EXPECT_FALSE(response.error().message().isEmpty());
    }
}

TEST_F(FhirClientTest, TruncatedDroppedAndStalledAnswersFailWithoutCrashing) {
    m_server.respond(200, R"({"resourceType":"Bundle","entry":[]})", {}, Mode::Truncate);
    auto truncated = get(QStringLiteral("Appointment"));
    ASSERT_FALSE(truncated.ok());

    m_server.respond(200, {}, {}, Mode::Drop);
    auto dropped = get(QStringLiteral("Appointment"));
    ASSERT_FALSE(dropped.ok());
    EXPECT_TRUE(dropped.error().isTransient());

    m_server.respond(200, {}, {}, Mode::Stall);
    auto stalled = get(QStringLiteral("Appointment"));
    ASSERT_FALSE(stalled.ok());
    EXPECT_EQ(stalled.error().kind, FhirError::Kind::Timeout);
}

TEST_F(FhirClientTest, OversizedAnswerIsRefused) {
    QByteArray huge =
        R"({"resourceType":"Bundle","note":")" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
    m_server.respond(200, huge);
    auto response = get(QStringLiteral("Appointment"));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, FhirError::Kind::TooLarge);
}

TEST_F(FhirClientTest, NextLinkToAnotherHostIsNeverFollowed) {
    auto response = get(QStringLiteral("https://elsewhere.example/fhir/R4/Appointment?page=2"));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, FhirError::Kind::Malformed);
    EXPECT_TRUE(m_server.requests().isEmpty());
}

TEST(FhirClientBase, PlainHttpIsAllowedOnlyToLoopback) {
    EXPECT_TRUE(FhirClient::isAllowedBase(QUrl("https://clinic.example/fhir/R4")));
    EXPECT_TRUE(FhirClient::isAllowedBase(QUrl("http://127.0.0.1:8080/fhir/R4")));
    EXPECT_TRUE(FhirClient::isAllowedBase(QUrl("http://[::1]:8080/fhir/R4")));
    EXPECT_FALSE(FhirClient::isAllowedBase(QUrl("http://clinic.example/fhir/R4")));
    EXPECT_FALSE(FhirClient::isAllowedBase(QUrl("ftp://clinic.example/fhir")));
    EXPECT_FALSE(FhirClient::isAllowedBase(QUrl("not a url")));
}
