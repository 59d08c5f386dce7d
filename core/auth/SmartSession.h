#pragma once

#include "auth/AccessTokenSource.h"
#include "auth/AuthHttp.h"
#include "auth/SmartGrant.h"
#include "common/Clock.h"
#include "security/SecretStoreQueue.h"

#include <QObject>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace stepstone {

// The clinic sign-in while Stepstone runs: hands the sync engine access tokens, renewing them
// with the refresh token when they run out or the FHIR server refuses them.
//
// The access token lives in memory only. The refresh token, with the clinic, patient and scopes
// it belongs to, lives in one keychain entry (`secretName`, one per profile, see
// SmartGrant::toStoredForm). Refresh tokens rotate and presenting a spent one revokes the whole
// grant, so each new one is written to the keychain before anything from its answer is used.
// The keychain is asked through a SecretStoreQueue: its answers come later, through the event
// loop, and nothing here waits for them.
class SmartSession : public QObject, public AccessTokenSource {
    Q_OBJECT
public:
    struct SignOutOutcome {
        bool revokedAtClinic = false;
        std::optional<SecretError> keychainError; // the stored sign-in could not be removed
    };
    using SignOutCallback = std::function<void(SignOutOutcome)>;
    using StoredCallback = std::function<void(Result<void, SecretError>)>;
    using RestoredCallback = std::function<void(Result<bool, SecretError>)>;

    SmartSession(QNetworkAccessManager& network, SecretStore& secrets, const Clock& clock,
                 QString secretName, QObject* parent = nullptr);
    ~SmartSession() override;

    // Takes over a grant from SmartSignIn and stores it; `stored` tells whether the keychain
    // kept it. On a keychain error the grant is still used, but the client will have to sign in
    // again after a restart.
    void adopt(SmartGrant grant, StoredCallback stored = {});
    // Picks up the grant stored by an earlier run: true when there was a usable one.
    void restore(RestoredCallback done);

    bool isSignedIn() const { return m_grant.has_value(); }
    QStringList grantedScopes() const override;

    QUrl fhirBase() const override;
    QString patientId() const override;
    void fetchAccessToken(Callback done) override;
    void reject(const QString& token) override;

    // Revokes the grant at the clinic when it can be reached, and always forgets it here:
    // the keychain entry and the tokens in memory. Nothing else is touched. `done` comes once
    // both the clinic and the keychain answered.
    void signOut(SignOutCallback done = {});

private:
    bool accessTokenIsFresh() const;
    void refresh();
    void onRefreshed(const HttpAnswer& answer, quint64 generation, const QDateTime& sent);
    void useRenewed(SmartGrant renewed, const QDateTime& sent);
    // Callers left waiting when a refresh was cancelled by a new grant.
    void serveWaiting();
    void deliver(const Result<QString, AuthError>& result);
    void revokeQuietly(const SmartGrant& grant);

    QNetworkAccessManager& m_network;
    SecretStoreQueue m_keychain;
    const Clock& m_clock;
    const QString m_secretName;

    std::optional<SmartGrant> m_grant;
    QDateTime m_accessTokenObtained;
    std::vector<Callback> m_waiting; // callers waiting for the one refresh under way
    bool m_refreshing = false;
    // Changes on adopt, restore and sign-out, so an answer (the clinic's or the keychain's) to
    // an older grant is not applied to a newer state.
    quint64 m_generation = 0;
    InFlightRequest m_refresh;
    InFlightRequest m_revocation;
};

} // namespace stepstone
