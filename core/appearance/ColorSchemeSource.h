#pragma once

#include <QObject>

namespace stepstone {

// What the person asked their system for: a light or a dark look, or nothing either way.
enum class ColorSchemePreference { NoPreference, Dark, Light };

// The system's colour-scheme setting, which can change while the app runs. Implemented per OS in
// platform/ (the XDG desktop portal on Linux), by a settable fake in tests.
class ColorSchemeSource : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    virtual ColorSchemePreference preference() const = 0;

Q_SIGNALS:
    void preferenceChanged();
};

} // namespace stepstone
