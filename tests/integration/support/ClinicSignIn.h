#pragma once

#include "TestBrowser.h"
#include "auth/SmartSession.h"
#include "auth/SmartSignIn.h"

#include <QTest>
#include <memory>
#include <optional>

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
// Hands `grant` to `adopter` (a SmartSession or a ClinicLink) and waits for the keychain to say
// whether it kept it.
template <class Adopter>
Result<void, SecretError> adoptAndWaitUntilStored(Adopter& adopter, SmartGrant grant) {
    // Shared, so a late answer after a timeout writes to memory that still exists.
    auto stored = std::make_shared<std::optional<Result<void, SecretError>>>();
    adopter.adopt(std::move(grant),
                  [stored](Result<void, SecretError> kept) { stored->emplace(std::move(kept)); });
    if (!QTest::qWaitFor([&stored] { return stored->has_value(); }, 10'000))
        return fail(SecretError{SecretErrorKind::Other, QStringLiteral("no keychain answer")});
    return **stored;
}
Result<bool, SecretError> restoreAndWait(SmartSession& session);

} // namespace stepstone::test
