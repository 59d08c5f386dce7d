#pragma once

#include <QUrl>

namespace stepstone {

// Shows the clinic's sign-in page to the client. The app opens the system browser (RFC 8252:
// never an embedded web view, so the clinic's page cannot be spied on); tests use an HTTP
// client. Core has no GUI, so the app implements this.
class AuthorizationBrowser {
public:
    virtual ~AuthorizationBrowser() = default;
    // False when no browser could be started.
    virtual bool open(const QUrl& url) = 0;
};

} // namespace stepstone
