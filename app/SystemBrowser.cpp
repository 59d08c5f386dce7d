#include "SystemBrowser.h"

#include <QDesktopServices>

namespace stepstone {

bool SystemBrowser::open(const QUrl& url) {
    return QDesktopServices::openUrl(url);
}

} // namespace stepstone
