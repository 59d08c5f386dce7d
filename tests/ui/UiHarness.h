#pragma once

#include "AppAssembly.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <memory>

namespace stepstone::test {

// A browser that remembers what it was asked to open and never comes back.
class RecordingBrowser final : public AuthorizationBrowser {
public:
    bool open(const QUrl& url) override {
        opened << url;
        return true;
    }
    QList<QUrl> opened;
};

// The app's own assembly and Main.qml in a real window, on a fresh encrypted profile. As in the
// app, the profile opens once the window shows; the harness waits for it, unless the keychain is
// to hold its answers (Opening::KeychainHeld) until the test calls releaseKeychain().
class UiHarness {
public:
    enum class Opening { Wait, KeychainHeld };

    explicit UiHarness(const QLocale& locale = QLocale(QLocale::English),
                       Opening opening = Opening::Wait);
    ~UiHarness();

    void releaseKeychain() { m_secrets.releaseAnswers(); }
    platform::InMemorySecretStore& secrets() { return m_secrets; }

    QQuickWindow* window() const { return m_window; }
    ProfileSession& session() { return m_assembly->session(); }
    ClinicConnection& clinic() { return m_assembly->clinic(); }
    const RecordingBrowser& browser() const { return m_browser; }
    QDateTime now() const { return m_clock.now(); }

    void resize(int width, int height);
    // The visible item with this objectName, or null.
    QQuickItem* find(const QString& objectName) const;
    // Waits until an item with this objectName is visible; returns it or null.
    QQuickItem* waitFor(const QString& objectName, int timeoutMs = 10000) const;
    void tap(QQuickItem* item, QPointF relative = {0.5, 0.5});
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString& text);
    // Saves a PNG under build/screenshots and returns its path.
    QString screenshot(const QString& name) const;
    // The texts of all visible Text items, joined with newlines.
    QString visibleText() const;
    // Controls that take focus but have no accessible name.
    QStringList controlsWithoutAccessibleName() const;
    const QStringList& qmlWarnings() const { return m_warnings; }

private:
    QTranslator* m_translator = nullptr;
    QTemporaryDir m_dir;
    platform::InMemorySecretStore m_secrets;
    platform::FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    RecordingBrowser m_browser;
    std::unique_ptr<AppAssembly> m_assembly;
    QQmlApplicationEngine m_engine;
    QQuickWindow* m_window = nullptr;
    QStringList m_warnings;
};

} // namespace stepstone::test
