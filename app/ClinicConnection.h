#pragma once

#include "ProfileSession.h"
#include "auth/SmartSession.h"
#include "auth/SmartSignIn.h"
#include "sync/FhirClient.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <memory>

namespace stepstone {

// The client's link with their clinic: signing in and out, and keeping the profile in sync
// while signed in. Everything here waits for the profile to be open.
class ClinicConnection : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString clinicAddress READ clinicAddress NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY syncChanged)
    Q_PROPERTY(QString syncStatus READ syncStatus NOTIFY syncChanged)
    Q_PROPERTY(QString syncProblem READ syncProblem NOTIFY syncChanged)

public:
    enum class State {
        ProfileLocked, // nothing can happen before the profile is open
        SignedOut,
        SigningIn, // the clinic's page is open in the browser
        SignedIn,
        SignInAgain, // the clinic ended the sign-in; nothing local is lost
    };
    Q_ENUM(State)

    struct Parts {
        ProfileSession& profile;
        SecretStore& secrets;
        const Clock& clock;
        AuthorizationBrowser& browser;
    };

    explicit ClinicConnection(Parts parts, SyncScheduler::Timing timing = {},
                              QObject* parent = nullptr);
    ~ClinicConnection() override;

    static void setInstance(ClinicConnection* connection);
    static ClinicConnection* create(QQmlEngine*, QJSEngine*);

    State state() const { return m_state; }
    QString clinicAddress() const { return m_clinicAddress; }
    QString message() const { return m_message; }
    bool syncing() const;
    QString syncStatus() const;
    QString syncProblem() const;

    // What the client typed, or a stepstone:// link.
    Q_INVOKABLE void signIn(const QString& address);
    Q_INVOKABLE void cancelSignIn();
    Q_INVOKABLE void signOut();
    // Pull-to-refresh, or the client's "Update now".
    Q_INVOKABLE void refresh();
    // "I'll be there" (true) or "I can't make it" (false), sent at the next sync.
    Q_INVOKABLE void answerSession(const QString& sessionId, bool attending);
    // Something the client did needs to reach the clinic soon.
    void localChange();

    // A stepstone:// link the app was opened with: fills in the clinic's address.
    void offerLink(const QString& link);
    // Signs in at once when the profile opens signed out (the demo clinic).
    void signInWhenReady(const QUrl& fhirBase) { m_autoSignIn = fhirBase; }

    SyncEngine* engine() const { return m_engine.get(); }

Q_SIGNALS:
    void stateChanged();
    void syncChanged();
    // A sync run ended, whether or not it reached the end.
    void syncFinished();

private:
    void onProfileStateChanged();
    // The keychain's answer about a sign-in kept from an earlier run.
    void onRestored(const Result<bool, SecretError>& restored);
    void startSync();
    void stopSync();
    void onSignedIn(Result<SmartGrant, AuthError> grant);
    void onSyncStateChanged();
    void setState(State state, const QString& message = {});

    Parts m_parts;
    SyncScheduler::Timing m_timing;
    QNetworkAccessManager m_network;
    SmartSignIn m_signIn;
    std::unique_ptr<SmartSession> m_session;
    std::unique_ptr<FhirClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<SyncScheduler> m_scheduler;
    QTimer m_statusClock; // "updated 3 minutes ago" ages
    State m_state = State::ProfileLocked;
    QString m_clinicAddress;
    QString m_message;
    QUrl m_autoSignIn;
};

} // namespace stepstone
