// The baseline of scripts/bench startup: a Qt Quick window built like the app (same Qt, style,
// compiled QML, report of its first frame) with nothing of the app inside.
#include "StartupReport.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
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
