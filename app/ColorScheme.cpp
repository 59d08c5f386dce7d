#include "ColorScheme.h"

#include <QGuiApplication>
#include <QPalette>

namespace stepstone {

namespace {

// Where no setting says otherwise, a palette with light text on a dark window is a dark desktop.
bool paletteLooksDark() {
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

} // namespace

ColorScheme::ColorScheme(const ColorSchemeSource& system, QObject* parent)
    : QObject(parent)
    , m_system(system) {
    connect(&system, &ColorSchemeSource::preferenceChanged, this, &ColorScheme::update);
    QCoreApplication::instance()->installEventFilter(this);
    update();
}

void ColorScheme::setOverride(ColorSchemePreference choice) {
    m_override = choice;
    update();
}

bool ColorScheme::eventFilter(QObject* watched, QEvent* event) {
    if (watched == QCoreApplication::instance() &&
        event->type() == QEvent::ApplicationPaletteChange)
        update();
    return QObject::eventFilter(watched, event);
}

void ColorScheme::update() {
    ColorSchemePreference wanted = m_override;
    if (wanted == ColorSchemePreference::NoPreference)
        wanted = m_system.preference();
    const bool dark = wanted == ColorSchemePreference::NoPreference
                          ? paletteLooksDark()
                          : wanted == ColorSchemePreference::Dark;
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT darkChanged();
}

} // namespace stepstone
