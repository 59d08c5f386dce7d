#include "SystemFont.h"

#include <QFontInfo>
#include <QGuiApplication>

namespace stepstone {

SystemFont::SystemFont(QObject* parent)
    : QObject(parent) {
    QCoreApplication::instance()->installEventFilter(this);
    update();
}

bool SystemFont::eventFilter(QObject* watched, QEvent* event) {
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationFontChange)
        update();
    return QObject::eventFilter(watched, event);
}

void SystemFont::update() {
    // A font set in points becomes pixels at the screen's resolution; QFontInfo does that sum.
    const qreal pixelSize = QFontInfo(QGuiApplication::font()).pixelSize();
    if (qFuzzyCompare(pixelSize, m_pixelSize))
        return;
    m_pixelSize = pixelSize;
    Q_EMIT pixelSizeChanged();
}

} // namespace stepstone
