#pragma once

#include <QQmlNetworkAccessManagerFactory>

namespace stepstone {

// The QML engine's network access: every request is refused before anything leaves the device,
// so no image, script or component named in a page (or slipped into clinic text) is fetched.
// The sync with the clinic has its own network access in core and is not affected.
class OfflineNetworkAccess final : public QQmlNetworkAccessManagerFactory {
public:
    QNetworkAccessManager* create(QObject* parent) override;
};

} // namespace stepstone
