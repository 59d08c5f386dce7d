#include "UiHarness.h"

#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// The keychain holds its answers until the test releases them.
UiHarness::Options heldKeychain(const QLocale& locale) {
    UiHarness::Options options;
    options.locale = locale;
    options.opening = UiHarness::Opening::KeychainHeld;
    return options;
}

} // namespace

// The window is up and keeps answering while the keychain takes its time; the client sees that
// their data is being opened, then their Today page.
TEST(Opening, WindowShowsTheOpeningStateWhileTheKeychainIsSlow) {
    UiHarness ui(heldKeychain(QLocale(QLocale::English)));
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
    UiHarness ui(heldKeychain(QLocale(QLocale::Spanish, QLocale::Mexico)));
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("openingMessage")));
    EXPECT_TRUE(ui.visibleText().contains(QStringLiteral("Abriendo tus datos")));
    ui.screenshot(QStringLiteral("phone-opening-es"));
}

// Without a keyring the key comes from a passphrase; deriving it takes a while (PBKDF2), on the
// opening thread, while the window shows the opening state.
TEST(Opening, NoKeyringAsksForAPassphraseAndOpensWithIt) {
    UiHarness ui(heldKeychain(QLocale(QLocale::English)));
    ASSERT_TRUE(ui.window());
    ui.secrets().failWith(SecretErrorKind::Unavailable);
    ui.releaseKeychain();
    QQuickItem* passphrase = ui.waitFor(QStringLiteral("passphraseField"));
    ASSERT_TRUE(passphrase);
    EXPECT_EQ(ui.session().state(), ProfileSession::State::ChoosePassphrase);
    ui.tap(passphrase);
    ui.type(QStringLiteral("a long passphrase"));
    QQuickItem* confirmation = ui.find(QStringLiteral("confirmationField"));
    ASSERT_TRUE(confirmation);
    ui.tap(confirmation);
    ui.type(QStringLiteral("a long passphrase"));
    QQuickItem* create = ui.find(QStringLiteral("passphraseButton"));
    ASSERT_TRUE(create);
    ui.tap(create);

    EXPECT_EQ(ui.session().state(), ProfileSession::State::Opening);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    EXPECT_EQ(ui.session().state(), ProfileSession::State::Ready);
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}
