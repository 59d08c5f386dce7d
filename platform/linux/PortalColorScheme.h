#pragma once

#include "appearance/ColorSchemeSource.h"

#include <QDBusConnection>
#include <QDBusMessage>

namespace stepstone::platform {

// The colour scheme the desktop asks for, read from the XDG desktop portal
// (org.freedesktop.portal.Settings, org.freedesktop.appearance color-scheme) and followed live
// through its SettingChanged signal. Without a portal there is no preference.
class PortalColorScheme final : public ColorSchemeSource {
    Q_OBJECT

public:
    explicit PortalColorScheme(QDBusConnection bus = QDBusConnection::sessionBus(),
                               QObject* parent = nullptr);

    ColorSchemePreference preference() const override { return m_preference; }

public Q_SLOTS:
    // SettingChanged(s namespace, s key, v value). QtDBus delivers only to public slots, and on
    // 6.4 finds one taking a QDBusVariant only once that type is registered by name: the whole
    // message is simpler.
    void onSettingChanged(const QDBusMessage& change);

private:
    void askPortal();
    void take(const QVariant& value);

    QDBusConnection m_bus;
    ColorSchemePreference m_preference = ColorSchemePreference::NoPreference;
    bool m_heardChange = false;
};

} // namespace stepstone::platform
