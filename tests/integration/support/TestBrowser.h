#pragma once

#include "auth/AuthorizationBrowser.h"

#include <QNetworkAccessManager>
#include <optional>

namespace stepstone::test {

// Plays the system browser: opens the clinic's authorization URL with a `login_hint` for the
// server's auto-consent pages, follows every redirect with cookies, and finally requests the
// loopback redirect, as a browser would.
class TestBrowser final : public AuthorizationBrowser {
public:
    struct Visit {
        QUrl url; // where the browser ended up
        int status = 0;
        QByteArray page;
    };

    explicit TestBrowser(QString loginHint);
    bool open(const QUrl& url) override;

    // The last page shown, once the browser got there.
    const std::optional<Visit>& lastVisit() const { return m_lastVisit; }

private:
    QString m_loginHint;
    QNetworkAccessManager m_network;
    std::optional<Visit> m_lastVisit;
};

} // namespace stepstone::test
