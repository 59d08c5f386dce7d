// The composition root: the only place that knows every part of the app.
#include "AppAssembly.h"
#include "DemoMode.h"
#include "PlatformServices.h"
#include "StartupReport.h"
#include "SystemBrowser.h"
#include "auth/ClinicAddress.h"
#include "common/SystemClock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(StepstonePlugin)
Q_IMPORT_QML_PLUGIN(StepstoneThemePlugin)
Q_IMPORT_QML_PLUGIN(StepstoneStylePlugin)

namespace {

// For scripts/bench: the first frame, and the first frame that shows the profile opened.
void reportStartupIfAsked(QQuickWindow& window, const stepstone::ProfileSession& session) {
    using State = stepstone::ProfileSession::State;
    auto* report = stepstone::StartupReport::forWindow(window);
    if (!report)
        return;
    report->stampNextFrame("first-frame");
    const auto stampOpened = [report, &session] {
        if (session.state() == State::Ready)
            report->stampNextFrame("profile-shown", true);
        else if (session.state() != State::Opening)
            report->stampNextFrame("profile-not-opened", true);
    };
    stampOpened();
    QObject::connect(&session, &stepstone::ProfileSession::stateChanged, report, stampOpened);
}

// Reminders come after the window closes when the client chose so.
void keepRunningWhenAsked(const stepstone::ReminderSettingsModel& settings) {
    const auto apply = [&settings] {
        QGuiApplication::setQuitOnLastWindowClosed(!settings.keepRunning());
    };
    apply();
    QObject::connect(&settings, &stepstone::ReminderSettingsModel::changed, &settings, apply);
}

// Started without a window (at login): the profile opens at once. A keyring still locked just
// after login is asked again; a profile that needs a passphrase has no reminders to deliver
// until the client opens the app.
void openInBackground(stepstone::ProfileSession& session) {
    using State = stepstone::ProfileSession::State;
    constexpr std::chrono::seconds kAskKeyringAgain{30};
    QObject::connect(&session, &stepstone::ProfileSession::stateChanged, &session, [&session] {
        if (session.state() == State::KeyUnavailable)
            QTimer::singleShot(kAskKeyringAgain, &session, &stepstone::ProfileSession::open);
        else if (session.state() != State::Ready && session.state() != State::Opening)
            QCoreApplication::quit();
    });
    QTimer::singleShot(0, &session, &stepstone::ProfileSession::open);
}

} // namespace

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Stepstone"));
    QGuiApplication::setApplicationVersion(QStringLiteral(STEPSTONE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("stepstone"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Stepstone, a recovery companion."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("The profile folder (default: the platform's app-data folder)."),
        QStringLiteral("dir"));
    parser.addOption(dataDirOption);
    stepstone::demo::addOptions(parser);
    const QCommandLineOption colorSchemeOption(
        QStringLiteral("color-scheme"),
        QStringLiteral("Look light or dark whatever the system says (default: follow the system)."),
        QStringLiteral("dark|light"));
    parser.addOption(colorSchemeOption);
    const QCommandLineOption backgroundOption(
        QStringLiteral("background"),
        QStringLiteral("Start without a window, to deliver reminders (as at login)."));
    parser.addOption(backgroundOption);
    parser.addPositionalArgument(QStringLiteral("link"),
                                 QStringLiteral("A stepstone://connect link from your clinic."),
                                 QStringLiteral("[link]"));
    parser.process(app);
    const QString colorScheme = parser.value(colorSchemeOption);
    if (!colorScheme.isEmpty() && colorScheme != u"dark" && colorScheme != u"light") {
        qCritical("--color-scheme takes dark or light, not %s", qPrintable(colorScheme));
        return 2;
    }

    const QString dataDir = parser.isSet(dataDirOption)
                                ? QDir(parser.value(dataDirOption)).absolutePath()
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    const QLocale locale;
    stepstone::installTranslations(locale);
    QQuickStyle::setStyle(QString::fromLatin1(stepstone::AppAssembly::kStyle));

    const std::unique_ptr<stepstone::SecretStore> secrets = stepstone::platform::makeSecretStore();
    const std::unique_ptr<stepstone::ColorSchemeSource> systemColorScheme =
        stepstone::platform::makeColorSchemeSource();
    const stepstone::platform::SystemClock clock;
    stepstone::SystemBrowser systemBrowser;
    const auto demo = stepstone::demo::fromArguments(parser);
    const std::unique_ptr<stepstone::Notifier> notifier = stepstone::platform::makeNotifier();
    stepstone::AppAssembly assembly(dataDir, *secrets, clock, locale,
                                    demo ? *demo->browser : systemBrowser, *systemColorScheme,
                                    *notifier);
    if (!colorScheme.isEmpty())
        assembly.colorScheme().setOverride(colorScheme == u"dark"
                                               ? stepstone::ColorSchemePreference::Dark
                                               : stepstone::ColorSchemePreference::Light);
    QStringList loginCommand{QCoreApplication::applicationFilePath(),
                             QStringLiteral("--background")};
    if (parser.isSet(dataDirOption))
        loginCommand << QStringLiteral("--data-dir") << dataDir;
    const std::unique_ptr<stepstone::LoginStart> loginStart =
        stepstone::platform::makeLoginStart(loginCommand);
    assembly.reminderSettings().setLoginStart(loginStart.get());
    keepRunningWhenAsked(assembly.reminderSettings());
    if (demo)
        assembly.clinic().signInWhenReady(demo->clinic);
    for (const QString& argument : parser.positionalArguments())
        if (stepstone::ClinicAddress::isLink(argument))
            assembly.clinic().offerLink(argument);

    QQmlApplicationEngine engine;
    stepstone::AppAssembly::prepare(engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    const bool background = parser.isSet(backgroundOption);
    if (background)
        engine.setInitialProperties({{QStringLiteral("visible"), false}});
    engine.load(QUrl(QString::fromLatin1(stepstone::AppAssembly::kMainQml)));
    if (background) {
        openInBackground(assembly.session());
    } else if (auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0))) {
        reportStartupIfAsked(*window, assembly.session());
        // The window shows (opening) first; the profile opens on a thread of its own after.
        QObject::connect(window, &QQuickWindow::frameSwapped, &assembly.session(),
                         &stepstone::ProfileSession::open,
                         Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
    return QGuiApplication::exec();
}
