#include "auth/SmartSession.h"

#include "auth/TokenEndpoint.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <algorithm>

namespace stepstone {

namespace {

Q_LOGGING_CATEGORY(lcSession, "stepstone.auth.session")

// A token is renewed a little before it runs out, so a request sent with it still arrives in
// time: a fifth of its lifetime, at most a minute.
constexpr qint64 kMaxRenewalMarginMs = 60'000;

AuthError signInRequired(const QString& detail) {
    return {AuthError::Kind::SignInRequired, detail};
}

} // namespace

SmartSession::SmartSession(QNetworkAccessManager& network, SecretStore& secrets, const Clock& clock,
                           QString secretName, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_keychain(secrets)
    , m_clock(clock)
    , m_secretName(std::move(secretName)) {}

SmartSession::~SmartSession() = default;

void SmartSession::adopt(SmartGrant grant, StoredCallback stored) {
    ++m_generation;
    m_refresh.cancel();
    m_refreshing = false;
    m_keychain.write(m_secretName, grant.toStoredForm(),
                     [stored = std::move(stored)](const Result<void, SecretError>& written) {
                         if (!written)
                             qCWarning(lcSession)
                                 << "the sign-in could not be stored:" << written.error().detail;
                         if (stored)
                             stored(written);
                     });
    m_grant = std::move(grant);
    m_accessTokenObtained = m_clock.now();
    serveWaiting();
}

void SmartSession::restore(RestoredCallback done) {
    const quint64 generation = m_generation;
    m_keychain.read(m_secretName, [this, generation,
                                   done = std::move(done)](Result<QByteArray, SecretError> stored) {
        // Signed in or out meanwhile: that is newer than what the keychain held.
        if (generation != m_generation)
            return done(isSignedIn());
        if (!stored) {
            if (stored.error().kind == SecretErrorKind::NotFound)
                return done(false);
            return done(fail(stored.error()));
        }
        auto grant = SmartGrant::fromStoredForm(*stored);
        if (!grant) {
            // Left in place: it may come from a newer Stepstone that reads it.
            qCWarning(lcSession) << "the stored sign-in is not usable:" << grant.error().detail;
            return done(false);
        }
        ++m_generation;
        m_refresh.cancel();
        m_refreshing = false;
        m_grant = std::move(*grant);
        m_accessTokenObtained = {};
        serveWaiting();
        done(true);
    });
}

QStringList SmartSession::grantedScopes() const {
    return m_grant ? m_grant->grantedScopes : QStringList();
}

QUrl SmartSession::fhirBase() const {
    return m_grant ? m_grant->fhirBase : QUrl();
}

QString SmartSession::patientId() const {
    return m_grant ? m_grant->patientId : QString();
}

void SmartSession::fetchAccessToken(Callback done) {
    if (!m_grant)
        return done(fail(signInRequired(QStringLiteral("not signed in"))));
    if (!m_refreshing && accessTokenIsFresh())
        return done(m_grant->accessToken);
    m_waiting.push_back(std::move(done));
    if (!m_refreshing)
        refresh();
}

void SmartSession::reject(const QString& token) {
    // A token rejected after it was already renewed says nothing about the new one.
    if (m_grant && !token.isEmpty() && token == m_grant->accessToken)
        m_grant->accessToken.clear();
}

bool SmartSession::accessTokenIsFresh() const {
    if (m_grant->accessToken.isEmpty())
        return false;
    const QDateTime& expiry = m_grant->accessTokenExpiry;
    if (!expiry.isValid())
        return true;
    const qint64 lifetimeMs = m_accessTokenObtained.isValid()
                                  ? std::max<qint64>(m_accessTokenObtained.msecsTo(expiry), 0)
                                  : 0;
    const qint64 marginMs = std::min(lifetimeMs / 5, kMaxRenewalMarginMs);
    return m_clock.now().msecsTo(expiry) > marginMs;
}

void SmartSession::refresh() {
    m_refreshing = true;
    const quint64 generation = m_generation;
    // The token's lifetime counts from before the request: the answer may take a while.
    const QDateTime sent = m_clock.now();
    m_refresh.start(tokenendpoint::refresh(m_network, m_grant->tokenEndpoint, m_grant->clientId,
                                           m_grant->refreshToken),
                    [this, generation, sent](const HttpAnswer& answer) {
                        onRefreshed(answer, generation, sent);
                    });
}

void SmartSession::onRefreshed(const HttpAnswer& answer, quint64 generation,
                               const QDateTime& sent) {
    if (generation != m_generation || !m_grant)
        return;
    auto tokens = tokenendpoint::interpret(answer);
    if (!tokens) {
        m_refreshing = false;
        const TokenEndpointError& error = tokens.error();
        if (error.oauthError != u"invalid_grant")
            return deliver(fail(error.error)); // the grant may still be good: keep it
        // Revoked, expired, or a spent refresh token was presented: this grant is over.
        ++m_generation;
        m_grant.reset();
        m_keychain.remove(m_secretName, [](const Result<void, SecretError>& removed) {
            if (!removed)
                qCWarning(lcSession)
                    << "the ended sign-in could not be removed:" << removed.error().detail;
        });
        return deliver(fail(
            signInRequired(QStringLiteral("the clinic ended the sign-in: ") + error.error.detail)));
    }

    SmartGrant renewed = *m_grant;
    if (!tokens->refreshToken.isEmpty())
        renewed.refreshToken = tokens->refreshToken;
    if (tokens->scopes)
        renewed.grantedScopes = *tokens->scopes;
    renewed.accessToken = tokens->accessToken;
    renewed.accessTokenExpiry =
        tokens->expiresInSeconds ? sent.addSecs(*tokens->expiresInSeconds) : QDateTime();

    // Durable before used: the refresh token just presented is spent, and presenting it again
    // after a crash would make the clinic revoke the whole grant.
    const QByteArray storedForm = renewed.toStoredForm();
    if (storedForm == m_grant->toStoredForm())
        return useRenewed(std::move(renewed), sent);
    m_keychain.write(m_secretName, storedForm,
                     [this, generation, renewed, sent](const Result<void, SecretError>& stored) {
                         if (generation != m_generation) {
                             // Signed out while the keychain was busy: undo the write, end the
                             // new grant.
                             if (!m_grant) {
                                 m_keychain.remove(m_secretName);
                                 revokeQuietly(renewed);
                             }
                             return;
                         }
                         // The renewed grant still works until Stepstone quits; after that the
                         // client signs in again, as the stored refresh token is spent.
                         if (!stored)
                             qCWarning(lcSession) << "the renewed sign-in could not be stored:"
                                                  << stored.error().detail;
                         useRenewed(renewed, sent);
                     });
}

void SmartSession::useRenewed(SmartGrant renewed, const QDateTime& sent) {
    m_grant = std::move(renewed);
    m_accessTokenObtained = sent;
    m_refreshing = false;
    deliver(m_grant->accessToken);
}

void SmartSession::serveWaiting() {
    if (m_waiting.empty())
        return;
    if (accessTokenIsFresh())
        return deliver(m_grant->accessToken);
    refresh();
}

void SmartSession::deliver(const Result<QString, AuthError>& result) {
    // A callback may ask again; it then waits for the next refresh, not this one.
    const std::vector<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback& done : waiting)
        done(result);
}

void SmartSession::signOut(SignOutCallback done) {
    ++m_generation;
    m_refresh.cancel();
    m_refreshing = false;
    const std::optional<SmartGrant> grant = std::exchange(m_grant, std::nullopt);
    deliver(fail(signInRequired(QStringLiteral("signed out"))));

    const bool revocable = grant && !grant->revocationEndpoint.isEmpty();
    auto outcome = std::make_shared<SignOutOutcome>();
    auto unanswered = std::make_shared<int>(revocable ? 2 : 1);
    const auto answered = [outcome, unanswered, done = std::move(done)] {
        if (--*unanswered == 0 && done)
            done(*outcome);
    };
    m_keychain.remove(m_secretName, [outcome, answered](const Result<void, SecretError>& removed) {
        if (!removed && removed.error().kind != SecretErrorKind::NotFound)
            outcome->keychainError = removed.error();
        answered();
    });
    if (!revocable)
        return;
    m_revocation.start(tokenendpoint::revokeRefreshToken(m_network, grant->revocationEndpoint,
                                                         grant->clientId, grant->refreshToken),
                       [outcome, answered](const HttpAnswer& answer) {
                           outcome->revokedAtClinic = answer.status == 200;
                           answered();
                       });
}

void SmartSession::revokeQuietly(const SmartGrant& grant) {
    if (grant.revocationEndpoint.isEmpty())
        return;
    QNetworkReply* reply = tokenendpoint::revokeRefreshToken(m_network, grant.revocationEndpoint,
                                                             grant.clientId, grant.refreshToken);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

} // namespace stepstone
