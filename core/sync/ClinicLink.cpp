#include "sync/ClinicLink.h"

#include "sync/SyncSteps.h"

#include <algorithm>

namespace stepstone {

// The sync of one clinic account, alive while the link is signed in to it.
struct ClinicLink::AccountSync {
    AccountSync(ClinicLink& link, ClinicAccount signedIn)
        : account(std::move(signedIn))
        , client(link.m_parts.network, link.m_session, link.m_settings.limits)
        , engine(link.m_session, link.m_parts.profile.clock(), RetryPolicy(link.m_settings.retry))
        , scheduler([this] { engine.syncNow(); }, link.m_settings.timing) {
        for (auto& step : makeSyncSteps({link.m_parts.profile, account.id, client}))
            engine.addStep(std::move(step));
    }

    ClinicAccount account;
    FhirClient client; // before the engine: requests under way end before their steps go
    SyncEngine engine;
    SyncScheduler scheduler;
};

ClinicLink::ClinicLink(Parts parts, Settings settings, QObject* parent)
    : QObject(parent)
    , m_parts(std::move(parts))
    , m_settings(std::move(settings))
    , m_signIn(m_parts.network, m_parts.browser, m_parts.profile.clock(), m_settings.clientId,
               syncAccess())
    , m_session(m_parts.network, m_parts.secrets, m_parts.profile.clock(), m_parts.grantEntryName) {
    Profile& profile = m_parts.profile;
    connect(&profile.cravings(), &CravingLogStore::changed, this, &ClinicLink::localChange);
    connect(&profile.sharing(), &SharingStore::changed, this, &ClinicLink::localChange);
    connect(&profile.sessions(), &SessionStore::answered, this, &ClinicLink::localChange);
    connect(&profile.homework(), &HomeworkStore::changedByClient, this, &ClinicLink::localChange);
}

ClinicLink::~ClinicLink() {
    m_signIn.cancel();
    stopSync();
}

void ClinicLink::restore(SmartSession::RestoredCallback done) {
    m_session.restore([this, done = std::move(done)](Result<bool, SecretError> restored) {
        // The sign-in the profile already had: what was synced before accounts existed is its.
        // A sign-in made while the keychain was answering is newer, and stays.
        if (restored && *restored && !m_sync)
            restored = startSync(ClinicAccounts::EarlierState::Claim);
        if (done)
            done(restored);
    });
}

void ClinicLink::signIn(const QUrl& fhirBase) {
    if (m_state == State::SignedIn || m_state == State::SigningIn)
        return;
    m_signInProblem.clear();
    setState(State::SigningIn);
    m_signIn.start(fhirBase,
                   [this](Result<SmartGrant, AuthError> grant) { onSignedIn(std::move(grant)); });
}

void ClinicLink::cancelSignIn() {
    if (m_state == State::SigningIn)
        m_signIn.cancel();
}

void ClinicLink::onSignedIn(Result<SmartGrant, AuthError> grant) {
    if (!grant) {
        const bool cancelled = grant.error().kind == AuthError::Kind::SignInRequired;
        m_signInProblem = cancelled ? QString() : grant.error().message();
        return setState(m_sync ? State::SignInAgain : State::SignedOut);
    }
    adopt(std::move(*grant));
}

void ClinicLink::adopt(SmartGrant grant, SmartSession::StoredCallback stored) {
    stopSync();
    m_session.adopt(std::move(grant),
                    [this, stored = std::move(stored)](const Result<void, SecretError>& kept) {
                        if (!kept)
                            Q_EMIT signInNotKept();
                        if (stored)
                            stored(kept);
                    });
    // A new sign-in may be another clinic or patient: earlier state is not assumed to be its.
    startSync(ClinicAccounts::EarlierState::LetGo);
}

void ClinicLink::signOut(SmartSession::SignOutCallback done) {
    m_signIn.cancel();
    stopSync();
    m_session.signOut(std::move(done));
    setState(State::SignedOut);
}

void ClinicLink::refresh() {
    if (!m_sync || m_state != State::SignedIn)
        return;
    if (m_settings.scheduled)
        m_sync->scheduler.refreshRequested();
    else
        m_sync->engine.syncNow();
}

void ClinicLink::localChange() {
    if (m_sync && m_state == State::SignedIn)
        m_sync->scheduler.localChange();
}

void ClinicLink::setOnline(bool online) {
    m_online = online;
    if (m_sync)
        m_sync->scheduler.setOnline(online);
}

std::optional<ClinicAccount> ClinicLink::account() const {
    return m_sync ? std::optional<ClinicAccount>(m_sync->account) : std::nullopt;
}

SyncEngine* ClinicLink::engine() const {
    return m_sync ? &m_sync->engine : nullptr;
}

bool ClinicLink::permits(std::span<const ResourceAccess> access) const {
    if (!m_sync)
        return true;
    const QStringList granted = m_session.grantedScopes();
    return std::all_of(access.begin(), access.end(),
                       [&](const ResourceAccess& each) { return scopesPermit(granted, each); });
}

FhirClient* ClinicLink::client() const {
    return m_sync ? &m_sync->client : nullptr;
}

bool ClinicLink::startSync(ClinicAccounts::EarlierState earlier) {
    auto account =
        m_parts.profile.accounts().use(m_session.fhirBase(), m_session.patientId(), earlier);
    if (!account) {
        m_signInProblem = account.error().message();
        setState(State::SignedOut);
        return false;
    }
    m_sync = std::make_unique<AccountSync>(*this, *account);
    SyncEngine& engine = m_sync->engine;
    connect(&engine, &SyncEngine::stateChanged, this, [this] {
        if (m_sync->engine.state() == SyncEngine::State::SignInNeeded &&
            m_state == State::SignedIn) {
            m_sync->scheduler.stop();
            setState(State::SignInAgain);
        }
        Q_EMIT syncChanged();
    });
    connect(&engine, &SyncEngine::finished, this, &ClinicLink::syncFinished);
    m_sync->scheduler.setOnline(m_online);
    setState(State::SignedIn);
    if (m_settings.scheduled)
        m_sync->scheduler.start();
    return true;
}

void ClinicLink::stopSync() {
    if (!m_sync)
        return;
    m_sync.reset();
    Q_EMIT syncChanged();
}

void ClinicLink::setState(State state) {
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace stepstone
