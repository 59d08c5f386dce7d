#include "PortalColorScheme.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace stepstone::platform {

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kGroup = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");
// A portal that does not answer soon is treated as absent; the setting can still arrive later
// through SettingChanged.
constexpr int kReadTimeoutMs = 2'000;

// Read() answers with the value wrapped in one more variant than SettingChanged carries; unwrap
// however many layers there are.
QVariant unwrapped(QVariant value) {
    while (value.canConvert<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}

ColorSchemePreference fromPortal(const QVariant& value) {
    switch (value.toUInt()) {
    case 1:
        return ColorSchemePreference::Dark;
    case 2:
        return ColorSchemePreference::Light;
    default:
        return ColorSchemePreference::NoPreference;
    }
}

} // namespace

PortalColorScheme::PortalColorScheme(QDBusConnection bus, QObject* parent)
    : ColorSchemeSource(parent)
    , m_bus(std::move(bus)) {
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("SettingChanged"), this,
                  SLOT(onSettingChanged(QDBusMessage)));
    askPortal();
}

void PortalColorScheme::askPortal() {
    QDBusMessage read =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Read"));
    read << kGroup << kKey;
    // Asynchronous: the first frame never waits on the session bus.
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(read, kReadTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](auto* call) {
        const QDBusPendingReply<QDBusVariant> reply = *call;
        // A change signalled meanwhile is newer than this answer.
        if (!reply.isError() && !m_heardChange)
            take(reply.argumentAt(0));
        call->deleteLater();
    });
}

void PortalColorScheme::onSettingChanged(const QDBusMessage& change) {
    const QList<QVariant> arguments = change.arguments();
    if (arguments.size() != 3 || arguments[0].toString() != kGroup ||
        arguments[1].toString() != kKey)
        return;
    m_heardChange = true;
    take(arguments[2]);
}

void PortalColorScheme::take(const QVariant& value) {
    const ColorSchemePreference preference = fromPortal(unwrapped(value));
    if (preference == m_preference)
        return;
    m_preference = preference;
    Q_EMIT preferenceChanged();
}

} // namespace stepstone::platform
