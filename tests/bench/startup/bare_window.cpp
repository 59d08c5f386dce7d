// The baseline of scripts/bench startup: a Qt Quick window built like the app (same Qt, style,
// compiled QML, report of its first frame) with nothing of the app inside.
#include "AppAssembly.h"
#include "ColorScheme.h"
#include "PlatformServices.h"
#include "StartupReport.h"
#include "SystemFont.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(StepstoneThemePlugin)
Q_IMPORT_QML_PLUGIN(StepstoneStylePlugin)

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    // The app's own controls style, with the theme it draws with, following the system's scheme.
    QQuickStyle::setStyle(QString::fromLatin1(stepstone::AppAssembly::kStyle));
    const std::unique_ptr<stepstone::ColorSchemeSource> system =
        stepstone::platform::makeColorSchemeSource();
    stepstone::ColorScheme colorScheme(*system);
    stepstone::ColorScheme::setInstance(&colorScheme);
    stepstone::SystemFont font;
    stepstone::SystemFont::setInstance(&font);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/StepstoneBareWindow/BareWindow.qml")));
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    if (auto* report = stepstone::StartupReport::forWindow(*window))
        report->stampNextFrame("first-frame", true);
    return QGuiApplication::exec();
}
