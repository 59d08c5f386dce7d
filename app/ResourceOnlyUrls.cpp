#include "ResourceOnlyUrls.h"

#include <QDir>
#include <QLibraryInfo>
#include <QUrl>

namespace stepstone {

namespace {
// Where a refused URL is sent: inside the app's resources, where nothing is. An empty URL would
// not do: the engine probes import folders through the interceptor and reads an empty answer as
// "found here".
const QUrl kNowhere(QStringLiteral("qrc:/stepstone-refused"));
} // namespace

ResourceOnlyUrls::ResourceOnlyUrls()
    : m_qtModules(QDir::cleanPath(QLibraryInfo::path(QLibraryInfo::QmlImportsPath)) + u'/') {}

QUrl ResourceOnlyUrls::intercept(const QUrl& url, DataType) {
    if (url.isEmpty() || url.scheme() == QStringLiteral("qrc"))
        return url;
    if (url.isLocalFile() && QDir::cleanPath(url.toLocalFile()).startsWith(m_qtModules))
        return url;
    return kNowhere;
}

} // namespace stepstone
