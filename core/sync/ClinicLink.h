#pragma once

#include "auth/SmartSession.h"
#include "auth/SmartSignIn.h"
#include "profile/Profile.h"
#include "sync/FhirClient.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"

#include <QObject>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace stepstone {

// The profile's link with a clinic: signing in and out, and while signed in, keeping one clinic
// account (FHIR base and patient) in sync. Everything synced belongs to that account; signing in
// as another patient or at another clinic builds a new sync for the new account, and nothing
// queued for the old one goes to the new. Built in this one place for the app and the tests.
class ClinicLink : public QObject {
    Q_OBJECT
public:
    enum class State {
        SignedOut,
        SigningIn,   // the clinic's page is open in the browser
        SignedIn,    // syncing
        SignInAgain, // the clinic ended the sign-in; nothing local is lost
    };

    struct Parts {
        Profile& profile;
        QNetworkAccessManager& network;
        SecretStore& secrets;
        AuthorizationBrowser& browser;
        QString grantEntryName; // the keychain entry of this profile's clinic sign-in
    };

    struct Settings {
        QString clientId = QStringLiteral("stepstone");
        SyncScheduler::Timing timing;
        RetryPolicy::Limits retry;
        FhirClient::Limits limits;
        // Whether the scheduler runs the sync by itself (at sign-in, after a change, on a timer,
        // when the network returns), or only refresh() does.
        bool scheduled = true;
    };

    ClinicLink(Parts parts, Settings settings, QObject* parent = nullptr);
    ~ClinicLink() override;

    // Picks up the sign-in an earlier run kept in the keychain, and starts syncing with it.
    // `done` gets whether there was one; an error, with nothing changed, when the keychain would
    // not say. The keychain answers later, through the event loop.
    void restore(SmartSession::RestoredCallback done = {});
    // Signs in at the clinic whose FHIR server is `fhirBase` through the browser.
    void signIn(const QUrl& fhirBase);
    void cancelSignIn();
    // Takes over a grant made by a sign-in and starts syncing with its account at once; `stored`
    // tells later whether the keychain kept it (when not, signInNotKept() too: the link works
    // until the app stops).
    void adopt(SmartGrant grant, SmartSession::StoredCallback stored = {});
    // Stops syncing, revokes the grant at the clinic when it can be reached, and forgets it here.
    // Everything on the device stays.
    void signOut(SmartSession::SignOutCallback done = {});

    // Pull-to-refresh or "Update now"; a local change (several quick ones make one sync); the
    // network coming and going.
    void refresh();
    void localChange();
    void setOnline(bool online);

    State state() const { return m_state; }
    // Why the last sign-in did not work, as a client reads it; empty when it did or was
    // cancelled.
    QString signInProblem() const { return m_signInProblem; }
    // The account signed in to; nullopt when signed out.
    std::optional<ClinicAccount> account() const;
    // Null when signed out.
    SyncEngine* engine() const;
    FhirClient* client() const;
    SmartSession& session() { return m_session; }
    Profile& profile() { return m_parts.profile; }
    // Whether the clinic's grant allows all of `access`; true while signed out, when what the
    // client does is kept for later.
    bool permits(std::span<const ResourceAccess> access) const;

Q_SIGNALS:
    void stateChanged();
    // The engine's state or its last result changed.
    void syncChanged();
    // A run ended, whether or not it reached the end.
    void syncFinished(bool completed);
    // Keeping the sign-in failed (keychain): the client will be asked again after a restart.
    void signInNotKept();

private:
    struct AccountSync;

    bool startSync(ClinicAccounts::EarlierState earlier);
    void stopSync();
    void onSignedIn(Result<SmartGrant, AuthError> grant);
    void setState(State state);

    Parts m_parts;
    Settings m_settings;
    SmartSignIn m_signIn;
    SmartSession m_session;
    std::unique_ptr<AccountSync> m_sync;
    bool m_online = true;
    State m_state = State::SignedOut;
    QString m_signInProblem;
};

} // namespace stepstone
