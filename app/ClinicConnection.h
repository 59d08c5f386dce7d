#pragma once

#include "QmlSingleton.h"
#include "sync/ClinicLink.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace stepstone {

// The client's link with their clinic as the interface shows it: signing in and out, which
// clinic, and how the sync is doing. The link itself (core's ClinicLink) exists once the
// profile is open; until then the state is ProfileLocked.
class ClinicConnection : public QObject, public QmlSingleton<ClinicConnection> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString clinicAddress READ clinicAddress NOTIFY stateChanged)
    Q_PROPERTY(QString clinicName READ clinicName NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY syncChanged)
    Q_PROPERTY(QString syncStatus READ syncStatus NOTIFY syncChanged)
    Q_PROPERTY(QString syncProblem READ syncProblem NOTIFY syncChanged)
    // What the clinic's sign-in allows, so the app offers nothing it may not do.
    Q_PROPERTY(bool mayShareCravings READ mayShareCravings NOTIFY stateChanged)
    Q_PROPERTY(bool mayAnswerSessions READ mayAnswerSessions NOTIFY stateChanged)

public:
    enum class State {
        ProfileLocked, // before the profile is open and the keychain said what sign-in it kept
        SignedOut,
        SigningIn, // the clinic's page is open in the browser
        SignedIn,
        SignInAgain, // the clinic ended the sign-in; nothing local is lost
    };
    Q_ENUM(State)

    explicit ClinicConnection(const Clock& clock, QObject* parent = nullptr);

    // The profile's link, once it is open: picks up the sign-in an earlier run kept.
    void setLink(ClinicLink* link);
    ClinicLink* link() const { return m_link; }

    State state() const;
    QString clinicAddress() const { return m_clinicAddress; }
    // The clinic signed in to, by its own name when it gave one, else by its address's host.
    QString clinicName() const;
    QString message() const { return m_message; }
    bool syncing() const;
    QString syncStatus() const;
    QString syncProblem() const;
    bool mayShareCravings() const;
    bool mayAnswerSessions() const;

    // What the client typed, or a stepstone:// link.
    Q_INVOKABLE void signIn(const QString& address);
    Q_INVOKABLE void cancelSignIn();
    Q_INVOKABLE void signOut();
    // Pull-to-refresh, or the client's "Update now".
    Q_INVOKABLE void refresh();
    // "I'll be there" (true) or "I can't make it" (false), sent at the next sync.
    Q_INVOKABLE void answerSession(const QString& sessionId, bool attending);

    // A stepstone:// link the app was opened with: fills in the clinic's address.
    void offerLink(const QString& link);
    // Signs in at once when the profile opens signed out (the demo clinic).
    void signInWhenReady(const QUrl& fhirBase) { m_autoSignIn = fhirBase; }

Q_SIGNALS:
    void stateChanged();
    void syncChanged();
    // A sync run ended, whether or not it reached the end.
    void syncFinished();

private:
    void onLinkStateChanged();
    void setMessage(const QString& message);

    const Clock& m_clock;
    QPointer<ClinicLink> m_link;
    bool m_restoring = false;
    QTimer m_statusClock; // "updated 3 minutes ago" ages
    QString m_clinicAddress;
    QString m_message;
    QUrl m_autoSignIn;
};

} // namespace stepstone
