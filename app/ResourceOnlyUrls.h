#pragma once

#include <QQmlAbstractUrlInterceptor>
#include <QString>

namespace stepstone {

// The QML engine loads the app's own resources (qrc:) and Qt's own QML modules from the Qt
// install, nothing else: no network, no other file on disk. A refused URL becomes one that leads
// nowhere, so whatever asked for it fails to load.
class ResourceOnlyUrls final : public QQmlAbstractUrlInterceptor {
public:
    ResourceOnlyUrls();
    QUrl intercept(const QUrl& url, DataType type) override;

private:
    QString m_qtModules; // Qt's QML import folder, ending in '/'
};

} // namespace stepstone
