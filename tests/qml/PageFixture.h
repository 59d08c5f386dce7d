#pragma once

#include "AppAssembly.h"
#include "FormSession.h"
#include "fake/FakeColorScheme.h"
#include "fake/FakeNotifier.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"

#include <QObject>
#include <QTemporaryDir>
#include <memory>

class QQmlEngine;
class QTranslator;

namespace stepstone::test {

// A browser the page tests never expect to be asked.
class UnusedBrowser final : public AuthorizationBrowser {
public:
    bool open(const QUrl&) override { return false; }
};

// What every QML page test stands on: the app's own assembly on a fresh encrypted profile in a
// temporary folder, opened before the first test file loads, and a clock that moves only when
// a test moves it. QML reaches it as the context property `fixture`.
class PageFixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool profileOpen READ profileOpen CONSTANT)
public:
    PageFixture();
    ~PageFixture() override;

    bool profileOpen() const;
    Profile* profile() const;
    platform::FixedClock& clock() { return m_clock; }

    // Moves the clock on, as time passing would.
    Q_INVOKABLE void advanceSeconds(int seconds) { m_clock.advanceSeconds(seconds); }
    // Logs a craving directly in the store (as if saved earlier), `minutesAgo` before now.
    Q_INVOKABLE bool addCraving(int intensity, int minutesAgo, const QString& note);
    // Writes a journal entry directly in the store, `minutesAgo` before now.
    Q_INVOKABLE bool addJournalEntry(const QString& title, const QString& body, int minutesAgo);

    // Opens `questionnaire` (FHIR JSON) in a form session, resuming `savedResponse` if given;
    // false when the form cannot be read.
    Q_INVOKABLE bool openForm(stepstone::FormSession* session, const QString& questionnaire,
                              const QString& savedResponse = {});
    // Opens the app's own form `name` (assets/forms/<name>.json, from the app's resources) in
    // `language` ("es"; "" as written).
    Q_INVOKABLE bool openBuiltInForm(stepstone::FormSession* session, const QString& name,
                                     const QString& language);
    // The app's words in `language` ("es"), or as written ("") from now on, for every page of
    // the test file: as the app would speak with the system in that language.
    Q_INVOKABLE void speak(const QString& language);
    void setEngine(QQmlEngine* engine) { m_engine = engine; }
    // Where the page tests leave their screenshots (build/screenshots/pages).
    Q_INVOKABLE QString screenshotPath(const QString& name) const;
    // The session's answers as a QuestionnaireResponse in progress, as JSON text.
    Q_INVOKABLE QString formResponse(stepstone::FormSession* session) const;

private:
    QTemporaryDir m_dir;
    platform::InMemorySecretStore m_secrets;
    platform::FakeColorScheme m_colorScheme;
    platform::FixedClock m_clock;
    platform::FakeNotifier m_notifier;
    UnusedBrowser m_browser;
    std::unique_ptr<AppAssembly> m_assembly;
    QQmlEngine* m_engine = nullptr;
    QTranslator* m_translator = nullptr;
};

// Quick Test's setup object: builds the fixture once the application exists, and hands every
// test file's engine the app's import paths and limits, and the fixture.
class PageTestSetup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable();
    void qmlEngineAvailable(QQmlEngine* engine);
    void cleanupTestCase();

private:
    std::unique_ptr<PageFixture> m_fixture;
};

} // namespace stepstone::test
