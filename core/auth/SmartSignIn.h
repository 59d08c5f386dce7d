#pragma once

#include "auth/AuthHttp.h"
#include "auth/AuthorizationBrowser.h"
#include "auth/LoopbackRedirectListener.h"
#include "auth/Pkce.h"
#include "auth/SmartConfiguration.h"
#include "auth/SmartGrant.h"
#include "auth/SmartScopes.h"
#include "common/Clock.h"

#include <QObject>
#include <vector>

class QNetworkAccessManager;

namespace stepstone {

// A SMART on FHIR standalone patient launch (SMART App Launch 2, RFC 6749 code flow, RFC 7636
// PKCE S256, RFC 8252 loopback redirect): discover the clinic's configuration, send the client
// to the clinic's sign-in page in the browser, take the code from the redirect, and redeem it
// for tokens. Storing the grant is SmartSession's job.
class SmartSignIn : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(Result<SmartGrant, AuthError>)>;
    // Where the PKCE codes come from: the system's random source, or a test's own.
    using PkceSource = std::function<PkceCodes()>;

    // `access`: what the app will do at the clinic, so it asks for those scopes and no more.
    SmartSignIn(QNetworkAccessManager& network, AuthorizationBrowser& browser, const Clock& clock,
                QString clientId, std::vector<ResourceAccess> access, QObject* parent = nullptr);
    ~SmartSignIn() override;

    void setPkceSource(PkceSource source) { m_pkceSource = std::move(source); }
    void setBrowserWait(std::chrono::milliseconds wait) { m_browserWait = wait; }

    // Signs in at the clinic whose FHIR server is `fhirBase`; `done` is called exactly once.
    // A sign-in already under way is cancelled first.
    void start(const QUrl& fhirBase, Callback done);
    // Ends the sign-in under way; its callback hears SignInRequired.
    void cancel();
    bool isRunning() const { return static_cast<bool>(m_done); }

private:
    void onConfiguration(const HttpAnswer& answer);
    void onRedirect(Result<LoopbackRedirectListener::Redirect, AuthError> redirect);
    void onToken(const HttpAnswer& answer, const QDateTime& sent);
    void finish(Result<SmartGrant, AuthError> result);

    QNetworkAccessManager& m_network;
    AuthorizationBrowser& m_browser;
    const Clock& m_clock;
    const QString m_clientId;
    const std::vector<ResourceAccess> m_access;
    PkceSource m_pkceSource = &PkceCodes::generate;
    std::chrono::milliseconds m_browserWait = LoopbackRedirectListener::kDefaultWait;

    // The sign-in under way.
    Callback m_done;
    SmartConfiguration m_config;
    PkceCodes m_pkce;
    QStringList m_requestedScopes;
    QUrl m_redirectUri;
    LoopbackRedirectListener m_listener;
    InFlightRequest m_request;
};

} // namespace stepstone
