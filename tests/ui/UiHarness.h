#pragma once

#include "AppAssembly.h"
#include "QtPrinters.h"
#include "fake/FakeColorScheme.h"
#include "fake/FakeNotifier.h"
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

// The app's own assembly and Main.qml in a real window, on a fresh encrypted profile, with a
// clock that starts at `now` and moves only when a test moves it. As in the app, the profile
// opens once the window shows; the harness waits for it, unless the keychain is to hold its
// answers (Opening::KeychainHeld) until the test calls releaseKeychain().
class UiHarness {
public:
    enum class Opening { Wait, KeychainHeld };

    struct Options {
        QLocale locale = QLocale(QLocale::English);
        // Where the harness's clock starts; it moves only when a test moves it.
        QDateTime now = QDateTime::currentDateTimeUtc();
        ClinicLink::Settings linkSettings;
        // The profile folder; empty: a fresh one that goes with the harness.
        QString dataDir;
        // Every keychain call fails this way (a system without a keyring, a locked one).
        std::optional<SecretErrorKind> keychainFailure;
        // The system's colour-scheme setting; null: a fake one, light until the test says.
        const ColorSchemeSource* systemColorScheme = nullptr;
        // Signed in at this clinic (signInAt) once the profile is open.
        QUrl signedInAt;
        Opening opening = Opening::Wait;
        // Where reminders go; null: a fake that keeps them (notifier()).
        Notifier* notifier = nullptr;
    };

    explicit UiHarness(const QLocale& locale = QLocale(QLocale::English),
                       const QDateTime& now = QDateTime::currentDateTimeUtc());
    explicit UiHarness(Options options);
    ~UiHarness();

    void releaseKeychain() { m_secrets.releaseAnswers(); }
    platform::InMemorySecretStore& secrets() { return m_secrets; }

    QQuickWindow* window() const { return m_window; }
    QQmlEngine& engine() { return m_engine; }
    ProfileSession& session() { return m_assembly->session(); }
    Profile& profile() { return *m_assembly->session().profile(); }
    // The clinic account in use (one at a test clinic, made on first use when there is none):
    // whose sessions and sharing choice the pages show.
    ClinicAccountId clinicAccount();
    // Signed in as alex-rivera at the FHIR server `fhirBase` (a test's own), with every scope the
    // sync asks for, as if the browser sign-in had just finished.
    void signInAt(const QUrl& fhirBase);
    ClinicConnection& clinic() { return m_assembly->clinic(); }
    CrisisLineList& crisisLines() { return m_assembly->crisisLines(); }
    const RecordingBrowser& browser() const { return m_browser; }
    QDateTime now() const { return m_clock.now(); }
    platform::FixedClock& clock() { return m_clock; }
    platform::FakeNotifier& notifier() { return m_notifier; }
    ReminderDelivery& reminders() { return m_assembly->reminders(); }
    // The fake system colour scheme (when the options named no other).
    void setSystemColorScheme(ColorSchemePreference preference);

    void resize(int width, int height);
    // The visible item with this objectName, or null.
    QQuickItem* find(const QString& objectName) const;
    // Every visible item with this objectName, under `root` (null: the whole window), in the
    // order of the item tree.
    QList<QQuickItem*> findAll(const QString& objectName, QQuickItem* root = nullptr) const;
    // Waits until an item with this objectName is visible and no longer moving; returns it or null.
    QQuickItem* waitFor(const QString& objectName, int timeoutMs = 10000) const;
    // Scrolls what holds `item` until it is in view (as a client would), then taps it.
    void tap(QQuickItem* item, QPointF relative = {0.5, 0.5});
    void scrollIntoView(QQuickItem* item);
    // Whether the top of `item` shows within every Flickable holding it, as it is scrolled now.
    bool topIsInView(const QQuickItem* item) const;
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // The navigation's destinations, in the order the app shows them (Ctrl+1 for the first).
    enum class Destination {
        Today,
        Log,
        Journal,
        Plan,
        Homework,
        Sessions,
        CheckIn,
        Medicines,
        Program,
        Clinic,
        Reminders
    };
    // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth; past it, as the rail or the More page does.
    void goTo(Destination destination);
    void type(const QString& text);
    // Saves a PNG under build/screenshots and returns its path.
    QString screenshot(const QString& name) const;
    // The `text` of the visible item with this objectName; empty when there is none.
    QString textOf(const QString& objectName) const;
    // The texts of all visible Text items, joined with newlines.
    QString visibleText() const;
    // Controls that take focus but have no accessible name.
    QStringList controlsWithoutAccessibleName() const;
    // Visible items the keyboard can reach, with the class and objectName of each.
    QList<QQuickItem*> focusableItems() const;
    static QString describe(const QQuickItem* item);
    const QStringList& qmlWarnings() const { return m_warnings; }
    // The live craving logs in the profile's store, newest first.
    std::vector<CravingLog> savedLogs();

private:
    bool pageIsMoving() const;
    void waitUntilSettled(const QString& objectName, int timeoutMs) const;
    QTranslator* m_translator = nullptr;
    QTemporaryDir m_dir;
    platform::InMemorySecretStore m_secrets;
    platform::FakeColorScheme m_colorScheme;
    platform::FixedClock m_clock;
    platform::FakeNotifier m_notifier;
    RecordingBrowser m_browser;
    std::unique_ptr<AppAssembly> m_assembly;
    QQmlApplicationEngine m_engine;
    QQuickWindow* m_window = nullptr;
    QStringList m_warnings;
};

} // namespace stepstone::test
