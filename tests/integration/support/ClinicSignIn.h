#pragma once

#include "TestBrowser.h"
#include "auth/SmartSession.h"
#include "auth/SmartSignIn.h"

namespace stepstone::test {

// A whole SMART sign-in at a test clinic server as the demo client `login` ("alex",
// "jordan"), through the real SmartSignIn and the test browser.
struct ClinicSignIn {
    Result<SmartGrant, AuthError> grant;
    std::optional<TestBrowser::Visit> browserVisit; // the loopback page the browser showed
};

ClinicSignIn signInToClinic(const QUrl& fhirBase, const QString& login,
                            SmartSignIn::PkceSource pkceSource = {});

// SmartSession's keychain answers come through the event loop; these wait for them.
Result<void, SecretError> adoptAndWaitUntilStored(SmartSession& session, SmartGrant grant);
Result<bool, SecretError> restoreAndWait(SmartSession& session);

} // namespace stepstone::test
