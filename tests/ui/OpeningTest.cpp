#include "UiHarness.h"

#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

// The window is up and keeps answering while the keychain takes its time; the client sees that
// their data is being opened, then their Today page.
TEST(Opening, WindowShowsTheOpeningStateWhileTheKeychainIsSlow) {
    UiHarness ui(QLocale(QLocale::English), UiHarness::Opening::KeychainHeld);
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    QQuickItem* opening = ui.waitFor(QStringLiteral("openingMessage"));
    ASSERT_TRUE(opening);
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Opening your data")));
    EXPECT_EQ(ui.session().state(), ProfileSession::State::Opening);

    // The window still draws frames while opening waits.
    int frames = 0;
    QObject::connect(ui.window(), &QQuickWindow::frameSwapped, ui.window(),
                     [&frames] { ++frames; });
    ui.window()->update();
    EXPECT_TRUE(QTest::qWaitFor([&frames] { return frames >= 2; }, 5000));
    ui.screenshot(QStringLiteral("phone-opening"));

    ui.releaseKeychain();
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    EXPECT_EQ(ui.session().state(), ProfileSession::State::Ready);
    EXPECT_FALSE(ui.find(QStringLiteral("openingMessage")));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

TEST(Opening, SpanishOpeningState) {
    UiHarness ui(QLocale(QLocale::Spanish, QLocale::Mexico), UiHarness::Opening::KeychainHeld);
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("openingMessage")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Abriendo tus datos")));
    ui.screenshot(QStringLiteral("phone-opening-es"));
}
