#include "ClinicSignIn.h"

#include "common/SystemClock.h"
#include "sync/SyncSteps.h"

#include <QNetworkAccessManager>
#include <QTest>

namespace stepstone::test {

ClinicSignIn signInToClinic(const QUrl& fhirBase, const QString& login,
                            SmartSignIn::PkceSource pkceSource) {
    QNetworkAccessManager network;
    TestBrowser browser(login);
    const platform::SystemClock clock;
    SmartSignIn signIn(network, browser, clock, QStringLiteral("stepstone"), syncAccess());
    if (pkceSource)
        signIn.setPkceSource(std::move(pkceSource));
    signIn.setBrowserWait(std::chrono::seconds(20));

    std::optional<Result<SmartGrant, AuthError>> result;
    signIn.start(fhirBase, [&result](Result<SmartGrant, AuthError> r) { result.emplace(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30'000))
        return {fail(AuthError{AuthError::Kind::Network, QStringLiteral("sign-in timed out")}),
                browser.lastVisit()};
    // The browser's page arrives just after the listener reported the code.
    (void)QTest::qWaitFor([&browser] { return browser.lastVisit().has_value(); }, 5000);
    return {std::move(*result), browser.lastVisit()};
}

Result<bool, SecretError> restoreAndWait(SmartSession& session) {
    std::optional<Result<bool, SecretError>> restored;
    session.restore([&restored](Result<bool, SecretError> r) { restored.emplace(r); });
    if (!QTest::qWaitFor([&restored] { return restored.has_value(); }, 10'000))
        return fail(SecretError{SecretErrorKind::Other, QStringLiteral("no keychain answer")});
    return *restored;
}

} // namespace stepstone::test
