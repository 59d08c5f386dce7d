#include "auth/SmartSignIn.h"

#include "auth/AuthorizationRequest.h"
#include "auth/SmartScopes.h"
#include "auth/TokenEndpoint.h"

#include <QNetworkAccessManager>

namespace stepstone {

namespace {

constexpr qsizetype kStateBytes = 32;

AuthError error(AuthError::Kind kind, const QString& detail) {
    return {kind, detail};
}

} // namespace

SmartSignIn::SmartSignIn(QNetworkAccessManager& network, AuthorizationBrowser& browser,
                         const Clock& clock, QString clientId, std::vector<ResourceAccess> access,
                         QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_browser(browser)
    , m_clock(clock)
    , m_clientId(std::move(clientId))
    , m_access(std::move(access)) {}

SmartSignIn::~SmartSignIn() {
    m_done = nullptr;
    m_request.cancel();
    m_listener.stop();
}

void SmartSignIn::start(const QUrl& fhirBase, Callback done) {
    cancel();
    if (!fhirBase.isValid() || fhirBase.isRelative() || !isAllowedEndpoint(fhirBase))
        return done(fail(error(AuthError::Kind::Protocol,
                               QStringLiteral("the clinic's address is not an https URL"))));
    m_done = std::move(done);
    m_config = {};
    m_config.fhirBase = fhirBase;
    m_request.start(m_network.get(authhttp::request(SmartConfiguration::wellKnownUrl(fhirBase))),
                    [this](const HttpAnswer& answer) { onConfiguration(answer); });
}

void SmartSignIn::cancel() {
    if (isRunning())
        finish(fail(error(AuthError::Kind::SignInRequired, QStringLiteral("sign-in cancelled"))));
}

void SmartSignIn::onConfiguration(const HttpAnswer& answer) {
    if (!answer.reachedServer() || answer.status >= 500)
        return finish(fail(answer.unreachable()));
    if (answer.status != 200)
        return finish(
            fail(error(AuthError::Kind::Protocol,
                       QStringLiteral("smart-configuration: HTTP %1").arg(answer.status))));
    auto config = SmartConfiguration::parse(answer.body, m_config.fhirBase);
    if (!config)
        return finish(fail(config.error()));
    m_config = std::move(*config);

    m_pkce = m_pkceSource();
    const QByteArray state = randomUrlSafeToken(kStateBytes);
    auto redirectUri = m_listener.listen(
        state, [this](auto redirect) { onRedirect(std::move(redirect)); }, m_browserWait);
    if (!redirectUri)
        return finish(fail(redirectUri.error()));
    m_redirectUri = *redirectUri;
    m_requestedScopes = requestedScopes(m_config.scopeStyle, m_access);

    const AuthorizationRequest request{m_clientId, m_redirectUri, m_requestedScopes, state,
                                       m_pkce.challenge};
    if (!m_browser.open(request.url(m_config)))
        finish(fail(error(AuthError::Kind::SignInRequired,
                          QStringLiteral("no browser could be opened for the sign-in"))));
}

void SmartSignIn::onRedirect(Result<LoopbackRedirectListener::Redirect, AuthError> redirect) {
    if (!redirect)
        return finish(fail(redirect.error()));
    // RFC 9207: an answer naming another authorization server is a mix-up attack.
    if (!redirect->issuer.isEmpty() && !m_config.issuer.isEmpty() &&
        redirect->issuer != m_config.issuer)
        return finish(fail(error(AuthError::Kind::Protocol,
                                 QStringLiteral("the sign-in answer names another issuer"))));
    // The token's lifetime counts from before the request: the answer may take a while.
    const QDateTime sent = m_clock.now();
    m_request.start(tokenendpoint::exchangeCode(m_network, m_config.tokenEndpoint, m_clientId,
                                                redirect->code, m_redirectUri, m_pkce.verifier),
                    [this, sent](const HttpAnswer& answer) { onToken(answer, sent); });
}

void SmartSignIn::onToken(const HttpAnswer& answer, const QDateTime& sent) {
    auto tokens = tokenendpoint::interpret(answer);
    if (!tokens)
        return finish(fail(tokens.error().error));
    if (tokens->patientId.isEmpty())
        return finish(fail(error(AuthError::Kind::Protocol,
                                 QStringLiteral("token response: no patient launch context"))));
    if (tokens->refreshToken.isEmpty())
        return finish(fail(error(AuthError::Kind::Refused,
                                 QStringLiteral("the clinic did not grant offline access"))));

    SmartGrant grant;
    grant.fhirBase = m_config.fhirBase;
    grant.clientId = m_clientId;
    grant.tokenEndpoint = m_config.tokenEndpoint;
    grant.revocationEndpoint = m_config.revocationEndpoint;
    grant.patientId = tokens->patientId;
    grant.grantedScopes = tokens->scopes.value_or(m_requestedScopes);
    grant.refreshToken = tokens->refreshToken;
    grant.accessToken = tokens->accessToken;
    if (tokens->expiresInSeconds)
        grant.accessTokenExpiry = sent.addSecs(*tokens->expiresInSeconds);
    finish(std::move(grant));
}

void SmartSignIn::finish(Result<SmartGrant, AuthError> result) {
    if (!m_done)
        return;
    const Callback done = std::move(m_done);
    m_done = nullptr;
    m_request.cancel();
    m_listener.stop();
    m_pkce = {}; // a verifier is good for one code only
    done(std::move(result));
}

} // namespace stepstone
