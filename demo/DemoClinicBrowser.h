#pragma once

#include "auth/AuthorizationBrowser.h"

#include <QNetworkAccessManager>
#include <QString>
#include <optional>

namespace stepstone {

// Stands in for the system browser with the local demo clinic (tests/clinic-server started
// with --auto-consent), whose sign-in pages approve themselves: it opens the authorization
// URL with a `login_hint` naming the demo client, follows every redirect with cookies, and
// ends at the loopback redirect, as a browser would. It opens no sign-in page but one on this
// device, so it can never sign in at a real clinic.
class DemoClinicBrowser final : public AuthorizationBrowser {
public:
    struct Visit {
        QUrl url; // where the browser ended up
        int status = 0;
        QByteArray page;
    };

    explicit DemoClinicBrowser(QString loginHint);
    bool open(const QUrl& url) override;

    // The last page shown, once the browser got there.
    const std::optional<Visit>& lastVisit() const { return m_lastVisit; }

private:
    QString m_loginHint;
    QNetworkAccessManager m_network;
    std::optional<Visit> m_lastVisit;
};

} // namespace stepstone
