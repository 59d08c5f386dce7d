#pragma once

#include "auth/AuthorizationBrowser.h"

namespace stepstone {

// The client's own web browser, where the clinic's sign-in page belongs (RFC 8252).
class SystemBrowser final : public AuthorizationBrowser {
public:
    bool open(const QUrl& url) override;
};

} // namespace stepstone
