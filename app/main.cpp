// The composition root: the only place that knows every part of the app.
#include "AppAssembly.h"
#include "DemoMode.h"
#include "PlatformServices.h"
#include "SystemBrowser.h"
#include "auth/ClinicAddress.h"
#include "common/SystemClock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(StepstonePlugin)
Q_IMPORT_QML_PLUGIN(StepstoneThemePlugin)
Q_IMPORT_QML_PLUGIN(StepstoneStylePlugin)

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
    stepstone::AppAssembly assembly(dataDir, *secrets, clock, locale,
                                    demo ? *demo->browser : systemBrowser, *systemColorScheme);
    if (!colorScheme.isEmpty())
        assembly.colorScheme().setOverride(colorScheme == u"dark"
                                               ? stepstone::ColorSchemePreference::Dark
                                               : stepstone::ColorSchemePreference::Light);
    if (demo)
        assembly.clinic().signInWhenReady(demo->clinic);
    for (const QString& argument : parser.positionalArguments())
        if (stepstone::ClinicAddress::isLink(argument))
            assembly.clinic().offerLink(argument);
    assembly.session().open();

    QQmlApplicationEngine engine;
    stepstone::AppAssembly::prepare(engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QString::fromLatin1(stepstone::AppAssembly::kMainQml)));
    return QGuiApplication::exec();
}
