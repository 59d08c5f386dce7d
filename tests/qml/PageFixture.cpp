#include "PageFixture.h"

#include "common/LocalTime.h"
#include "forms/QuestionnaireParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTest>
#include <QTranslator>

namespace stepstone::test {

PageFixture::PageFixture()
    : m_clock(QDateTime(QDate(2026, 3, 14), QTime(16, 30)).toUTC()) {
    m_colorScheme.set(ColorSchemePreference::Light);
    m_assembly =
        std::make_unique<AppAssembly>(m_dir.path(), m_secrets, m_clock, QLocale(QLocale::English),
                                      m_browser, m_colorScheme, m_notifier);
    m_assembly->session().open();
    if (!QTest::qWaitFor(
            [this] { return m_assembly->session().state() != ProfileSession::State::Opening; }))
        qWarning("The page tests' profile did not open in time");
}

PageFixture::~PageFixture() = default;

bool PageFixture::profileOpen() const {
    return profile() != nullptr;
}

Profile* PageFixture::profile() const {
    return m_assembly->session().profile();
}

bool PageFixture::addCraving(int intensity, int minutesAgo, const QString& note) {
    if (!profile())
        return false;
    CravingEntry entry;
    entry.occurredAt = withLocalOffset(m_clock.now().addSecs(-60LL * minutesAgo));
    entry.intensity = intensity;
    entry.note = note;
    return profile()->cravings().add(entry).ok();
}

bool PageFixture::addJournalEntry(const QString& title, const QString& body, int minutesAgo) {
    if (!profile())
        return false;
    JournalContent content;
    content.writtenAt = withLocalOffset(m_clock.now().addSecs(-60LL * minutesAgo));
    content.title = title;
    content.body = body;
    return profile()->journal().add(content).ok();
}

bool PageFixture::openForm(FormSession* session, const QString& questionnaire,
                           const QString& savedResponse) {
    const auto form = forms::parseQuestionnaire(questionnaire.toUtf8());
    if (!session || !form) {
        qWarning("The test's form cannot be read: %s",
                 form ? "no session" : qPrintable(form.error().describe()));
        return false;
    }
    return session->open(*form, QJsonDocument::fromJson(savedResponse.toUtf8()).object());
}

bool PageFixture::openBuiltInForm(FormSession* session, const QString& name,
                                  const QString& language) {
    QFile file(QStringLiteral(":/assets/forms/%1.json").arg(name));
    if (!session || !file.open(QIODevice::ReadOnly))
        return false;
    const auto form = forms::parseQuestionnaire(file.readAll(), {}, language);
    if (!form) {
        qWarning("%s: %s", qPrintable(name), qPrintable(form.error().describe()));
        return false;
    }
    return session->open(*form);
}

void PageFixture::speak(const QString& language) {
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
    const QLocale locale = language.isEmpty() ? QLocale(QLocale::English) : QLocale(language);
    QLocale::setDefault(locale);
    if (!language.isEmpty())
        m_translator = installTranslations(locale);
    if (m_engine)
        m_engine->retranslate();
}

QString PageFixture::screenshotPath(const QString& name) const {
    QDir().mkpath(QStringLiteral(STEPSTONE_SCREENSHOT_DIR "/pages"));
    return QStringLiteral(STEPSTONE_SCREENSHOT_DIR "/pages/%1.png").arg(name);
}

QString PageFixture::formResponse(FormSession* session) const {
    if (!session)
        return {};
    const QJsonObject response =
        session->response({QStringLiteral("urn:test"), QStringLiteral("in-progress"), {}, {}});
    return QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact));
}

void PageTestSetup::applicationAvailable() {
    QQuickStyle::setStyle(QString::fromLatin1(AppAssembly::kStyle));
    m_fixture = std::make_unique<PageFixture>();
}

void PageTestSetup::qmlEngineAvailable(QQmlEngine* engine) {
    AppAssembly::prepare(*engine);
    engine->rootContext()->setContextProperty(QStringLiteral("fixture"), m_fixture.get());
    m_fixture->setEngine(engine);
}

void PageTestSetup::cleanupTestCase() {
    m_fixture.reset();
}

} // namespace stepstone::test
