#pragma once

#include "QmlSingleton.h"

#include <QObject>
#include <QQmlEngine>

namespace stepstone {

// The size of the system's normal text, in pixels, so the Theme's type sizes grow and shrink with
// the client's font setting; follows a change while the app runs.
class SystemFont : public QObject, public QmlSingleton<SystemFont> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qreal pixelSize READ pixelSize NOTIFY pixelSizeChanged)

public:
    explicit SystemFont(QObject* parent = nullptr);

    qreal pixelSize() const { return m_pixelSize; }

Q_SIGNALS:
    void pixelSizeChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    qreal m_pixelSize = 0;
};

} // namespace stepstone
