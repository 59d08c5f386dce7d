#pragma once

#include "QmlSingleton.h"
#include "appearance/ColorSchemeSource.h"

#include <QObject>
#include <QQmlEngine>

namespace stepstone {

// Whether the app is dark: what the client chose on the command line, else what the system asks
// for, else what the platform palette looks like. Follows the system live; the Theme reads it.
class ColorScheme : public QObject, public QmlSingleton<ColorScheme> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool dark READ dark NOTIFY darkChanged)

public:
    explicit ColorScheme(const ColorSchemeSource& system, QObject* parent = nullptr);

    bool dark() const { return m_dark; }
    // Dark or Light wins over the system; NoPreference follows it again.
    void setOverride(ColorSchemePreference choice);

Q_SIGNALS:
    void darkChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    const ColorSchemeSource& m_system;
    ColorSchemePreference m_override = ColorSchemePreference::NoPreference;
    bool m_dark = false;
};

} // namespace stepstone
