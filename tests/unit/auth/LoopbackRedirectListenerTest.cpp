#include "auth/LoopbackRedirectListener.h"

#include "TestApplication.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;
using namespace std::chrono_literals;
using Redirect = LoopbackRedirectListener::Redirect;

namespace {

class LoopbackRedirectListenerTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { ensureCoreApplication(); }

    void SetUp() override {
        auto uri = m_listener.listen(
            "expected-state", [this](Result<Redirect, AuthError> r) { m_result.emplace(r); },
            m_wait);
        ASSERT_TRUE(uri.ok());
        m_redirectUri = *uri;
    }

    // What a browser does with the redirect: GET it and show the page.
    struct Page {
        int status = 0;
        QByteArray body;
    };
    Page browse(const QString& pathAndQuery) {
        QUrl url = m_redirectUri;
        url.setPath(QString());
        url = url.resolved(QUrl(pathAndQuery));
        QNetworkReply* reply = m_network.get(QNetworkRequest(url));
        std::optional<Page> page;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&page, reply] {
            page = Page{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                        reply->readAll()};
            reply->deleteLater();
        });
        EXPECT_TRUE(waitForValue(page));
        return page.value_or(Page{});
    }

    // Sends raw bytes and returns what comes back before the listener closes the connection.
    QByteArray sendRaw(const QByteArray& bytes) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_redirectUri.port()));
        EXPECT_TRUE(socket.waitForConnected(2000));
        socket.write(bytes);
        std::optional<bool> closed;
        QObject::connect(&socket, &QTcpSocket::disconnected, [&closed] { closed = true; });
        EXPECT_TRUE(waitForValue(closed));
        return socket.readAll();
    }

    std::chrono::milliseconds m_wait = 5s;
    LoopbackRedirectListener m_listener;
    QUrl m_redirectUri;
    QNetworkAccessManager m_network;
    std::optional<Result<Redirect, AuthError>> m_result;
};

} // namespace

TEST_F(LoopbackRedirectListenerTest, ListensOnLoopbackAtTheCallbackPath) {
    EXPECT_EQ(m_redirectUri.scheme(), "http");
    EXPECT_EQ(m_redirectUri.host(), "127.0.0.1");
    EXPECT_GT(m_redirectUri.port(), 0);
    EXPECT_EQ(m_redirectUri.path(), "/callback");
}

TEST_F(LoopbackRedirectListenerTest, GoodCodeIsReportedAndThePageHoldsNoCode) {
    const Page page =
        browse("/callback?code=the-code-123&state=expected-state&iss=https%3A%2F%2Fi");
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("You can go back to Stepstone"));
    EXPECT_FALSE(page.body.contains("the-code-123"));
    ASSERT_TRUE(waitForValue(m_result));
    ASSERT_TRUE(m_result->ok());
    EXPECT_EQ((*m_result)->code, "the-code-123");
    EXPECT_EQ((*m_result)->issuer, "https://i");
}

TEST_F(LoopbackRedirectListenerTest, ListenerStopsAfterTheAnswer) {
    browse("/callback?code=c&state=expected-state");
    ASSERT_TRUE(waitForValue(m_result));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_redirectUri.port()));
    EXPECT_FALSE(socket.waitForConnected(1000));
}

TEST_F(LoopbackRedirectListenerTest, WrongStateEndsTheSignInWithoutTheCode) {
    const Page page = browse("/callback?code=forged-code&state=other-state");
    EXPECT_EQ(page.status, 400);
    EXPECT_FALSE(page.body.contains("forged-code"));
    ASSERT_TRUE(waitForValue(m_result));
    ASSERT_FALSE(m_result->ok());
    EXPECT_EQ(m_result->error().kind, AuthError::Kind::Protocol);
    EXPECT_TRUE(m_result->error().detail.contains("state"));
}

TEST_F(LoopbackRedirectListenerTest, AccessDeniedIsARefusal) {
    const Page page = browse("/callback?error=access_denied&error_description=the%20client%20"
                             "declined&state=expected-state");
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("You can go back to Stepstone"));
    ASSERT_TRUE(waitForValue(m_result));
    ASSERT_FALSE(m_result->ok());
    EXPECT_EQ(m_result->error().kind, AuthError::Kind::Refused);
    EXPECT_EQ(m_result->error().detail, "access_denied: the client declined");
}

TEST_F(LoopbackRedirectListenerTest, JunkAndOtherPathsDoNotEndTheWait) {
    EXPECT_TRUE(sendRaw("\x16\x03\x01 not http at all\r\n\r\n").startsWith("HTTP/1.1 400"));
    EXPECT_TRUE(
        sendRaw("POST /callback HTTP/1.1\r\nContent-Length: 0\r\n\r\n").startsWith("HTTP/1.1 405"));
    EXPECT_TRUE(sendRaw("GET /callback HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 400"));
    EXPECT_TRUE(sendRaw(QByteArray("GET /") + QByteArray(20'000, 'a') + " HTTP/1.1\r\n\r\n")
                    .startsWith("HTTP/1.1 431"));
    EXPECT_EQ(browse("/favicon.ico").status, 404);
    EXPECT_EQ(browse("/callback/../other?code=c&state=expected-state").status, 404);
    EXPECT_FALSE(m_result.has_value());

    browse("/callback?code=late-code&state=expected-state");
    ASSERT_TRUE(waitForValue(m_result));
    ASSERT_TRUE(m_result->ok());
    EXPECT_EQ((*m_result)->code, "late-code");
}

TEST_F(LoopbackRedirectListenerTest, SilentClientDoesNotBlockTheBrowser) {
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, quint16(m_redirectUri.port()));
    ASSERT_TRUE(silent.waitForConnected(2000));
    silent.write("GET /callback?code=half"); // and never finishes the request
    EXPECT_EQ(browse("/callback?code=c&state=expected-state").status, 200);
    ASSERT_TRUE(waitForValue(m_result));
    EXPECT_TRUE(m_result->ok());
}

TEST_F(LoopbackRedirectListenerTest, RequestArrivingInPiecesIsRead) {
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, quint16(m_redirectUri.port()));
    ASSERT_TRUE(slow.waitForConnected(2000));
    slow.write("GET /callback?code=slow-code&sta");
    QTest::qWait(100);
    slow.write("te=expected-state HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QTest::qWait(100);
    EXPECT_FALSE(m_result.has_value());
    slow.write("\r\n");
    ASSERT_TRUE(waitForValue(m_result));
    ASSERT_TRUE(m_result->ok());
    EXPECT_EQ((*m_result)->code, "slow-code");
}

TEST_F(LoopbackRedirectListenerTest, GivesUpWhenNoAnswerComes) {
    m_listener.stop();
    m_result.reset();
    auto uri = m_listener.listen(
        "s", [this](Result<Redirect, AuthError> r) { m_result.emplace(r); }, 200ms);
    ASSERT_TRUE(uri.ok());
    ASSERT_TRUE(waitForValue(m_result, 3s));
    ASSERT_FALSE(m_result->ok());
    EXPECT_EQ(m_result->error().kind, AuthError::Kind::SignInRequired);
}

TEST_F(LoopbackRedirectListenerTest, StopEndsTheWaitSilently) {
    m_listener.stop();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_redirectUri.port()));
    EXPECT_FALSE(socket.waitForConnected(1000));
    QTest::qWait(50);
    EXPECT_FALSE(m_result.has_value());
}
