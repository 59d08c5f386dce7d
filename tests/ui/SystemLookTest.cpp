#include "PrivateBus.h"
#include "UiHarness.h"
#include "linux/PortalColorScheme.h"

#include <QDBusConnection>
#include <QDBusVariant>
#include <QGuiApplication>
#include <QPalette>
#include <QProcess>
#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// The part of org.freedesktop.portal.Settings the app reads, with a setting the test changes.
class FakePortal : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    explicit FakePortal(uint colorScheme)
        : m_colorScheme(colorScheme) {}

    void setColorScheme(uint value) {
        m_colorScheme = value;
        Q_EMIT SettingChanged(QStringLiteral("org.freedesktop.appearance"),
                              QStringLiteral("color-scheme"), QDBusVariant(value));
    }

public Q_SLOTS:
    // As the real portal does, the value comes wrapped in one variant more than in the signal.
    QDBusVariant Read(const QString& group, const QString& key) {
        if (group == u"org.freedesktop.appearance" && key == u"color-scheme")
            return QDBusVariant(QVariant::fromValue(QDBusVariant(m_colorScheme)));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(QString())));
    }

Q_SIGNALS:
    void SettingChanged(const QString& group, const QString& key, const QDBusVariant& value);

private:
    uint m_colorScheme;
};

constexpr uint kPreferDark = 1;
constexpr uint kPreferLight = 2;
const QColor kDarkBackground(QStringLiteral("#111817"));
const QColor kLightBackground(QStringLiteral("#f6f4f0"));

bool windowIs(const UiHarness& ui, const QColor& background) {
    return QTest::qWaitFor([&] { return ui.window()->color() == background; }, 5000);
}

} // namespace

// The system's dark setting, read from the desktop portal the way the app does on Linux, and
// followed while the app runs: dark, light, dark again.
TEST(SystemLook, TheAppFollowsTheDesktopPortalLive) {
    PrivateBus bus;
    ASSERT_TRUE(bus.isUp()) << "dbus-daemon did not start";
    QDBusConnection service = bus.connect(QStringLiteral("portal-service"));
    FakePortal portal(kPreferDark);
    ASSERT_TRUE(service.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &portal,
                                       QDBusConnection::ExportAllSlots |
                                           QDBusConnection::ExportAllSignals));
    ASSERT_TRUE(service.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));

    platform::PortalColorScheme system(bus.connect(QStringLiteral("portal-client")));
    UiHarness::Options options;
    options.systemColorScheme = &system;
    UiHarness ui(options);
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);

    EXPECT_TRUE(windowIs(ui, kDarkBackground)) << "the portal's first answer: prefer dark";
    ui.screenshot(QStringLiteral("phone-today-dark-from-portal"));
    portal.setColorScheme(kPreferLight);
    EXPECT_TRUE(windowIs(ui, kLightBackground)) << "changed to prefer light while running";
    portal.setColorScheme(kPreferDark);
    EXPECT_TRUE(windowIs(ui, kDarkBackground)) << "and back";
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

// Where no portal answers, the platform's palette decides, and a change to it is followed.
TEST(SystemLook, WithoutAPortalThePlatformPaletteDecides) {
    PrivateBus bus;
    ASSERT_TRUE(bus.isUp()) << "dbus-daemon did not start";
    platform::PortalColorScheme system(bus.connect(QStringLiteral("no-portal")));
    UiHarness::Options options;
    options.systemColorScheme = &system;
    UiHarness ui(options);
    ASSERT_TRUE(ui.window());
    const QPalette original = QGuiApplication::palette();

    EXPECT_TRUE(windowIs(ui, kLightBackground));
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(QStringLiteral("#202020")));
    dark.setColor(QPalette::WindowText, QColor(QStringLiteral("#f0f0f0")));
    QGuiApplication::setPalette(dark);
    EXPECT_TRUE(windowIs(ui, kDarkBackground));
    EXPECT_EQ(system.preference(), ColorSchemePreference::NoPreference);
    QGuiApplication::setPalette(original);
    EXPECT_TRUE(windowIs(ui, kLightBackground));
}

// Type sizes come from the system's font setting: a larger system font makes the pages' text
// larger, while the app runs.
TEST(SystemLook, TextGrowsWithTheSystemFont) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    QQuickItem* button = ui.waitFor(QStringLiteral("logCravingButton"));
    ASSERT_TRUE(button);
    const auto textSize = [&] {
        return button->property("font").value<QFont>().pixelSize();
    };
    const int before = textSize();
    const QFont original = QGuiApplication::font();

    QFont larger = original;
    if (original.pointSizeF() > 0)
        larger.setPointSizeF(original.pointSizeF() * 1.5);
    else
        larger.setPixelSize(original.pixelSize() * 3 / 2);
    QGuiApplication::setFont(larger);
    const bool grew = QTest::qWaitFor([&] { return textSize() >= before * 1.4; }, 3000);
    ui.screenshot(QStringLiteral("phone-today-larger-system-font"));
    QGuiApplication::setFont(original);

    EXPECT_TRUE(grew) << "before " << before << " px, after " << textSize() << " px";
    EXPECT_TRUE(QTest::qWaitFor([&] { return textSize() == before; }, 3000));
}

#include "SystemLookTest.moc"
