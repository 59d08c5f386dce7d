#include "ClinicConnection.h"

#include "SyncStatusText.h"
#include "auth/ClinicAddress.h"

#include <QNetworkInformation>

namespace stepstone {

namespace {

ClinicConnection* s_instance = nullptr;

constexpr char kClientId[] = "stepstone";

// Only "no network at all" holds the sync back: a clinic on this device or on the local
// network can still be reached when the system sees no internet.
bool isOnline(QNetworkInformation::Reachability reachability) {
    return reachability != QNetworkInformation::Reachability::Disconnected;
}

} // namespace

ClinicConnection::ClinicConnection(Parts parts, SyncScheduler::Timing timing, QObject* parent)
    : QObject(parent)
    , m_parts(parts)
    , m_timing(timing)
    , m_signIn(m_network, parts.browser, parts.clock, QString::fromLatin1(kClientId)) {
    connect(&m_parts.profile, &ProfileSession::stateChanged, this,
            &ClinicConnection::onProfileStateChanged);
    m_statusClock.setInterval(std::chrono::seconds(30));
    connect(&m_statusClock, &QTimer::timeout, this, &ClinicConnection::syncChanged);
    onProfileStateChanged();
}

ClinicConnection::~ClinicConnection() {
    m_signIn.cancel();
    stopSync();
    if (s_instance == this)
        s_instance = nullptr;
}

void ClinicConnection::setInstance(ClinicConnection* connection) {
    s_instance = connection;
}

ClinicConnection* ClinicConnection::create(QQmlEngine*, QJSEngine*) {
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool ClinicConnection::syncing() const {
    return m_engine && m_engine->state() == SyncEngine::State::Syncing;
}

QString ClinicConnection::syncStatus() const {
    if (!m_engine || m_state != State::SignedIn)
        return {};
    return describeSync(m_engine->state(), m_engine->lastSynced(), m_parts.clock.now());
}

QString ClinicConnection::syncProblem() const {
    if (!m_engine || m_engine->state() == SyncEngine::State::Syncing)
        return {};
    return m_engine->lastError();
}

void ClinicConnection::onProfileStateChanged() {
    if (m_session || m_parts.profile.state() != ProfileSession::State::Ready)
        return;
    m_session = std::make_unique<SmartSession>(m_network, m_parts.secrets, m_parts.clock,
                                               m_parts.profile.clinicGrantEntryName());
    m_client = std::make_unique<FhirClient>(m_network, *m_session, FhirClient::Limits{});
    m_engine = std::make_unique<SyncEngine>(
        SyncEngine::Parts{*m_parts.profile.database(), *m_parts.profile.cravingLogs(),
                          *m_parts.profile.sessions(), *m_parts.profile.sharing(), *m_client,
                          *m_session, m_parts.clock},
        RetryPolicy());
    connect(m_engine.get(), &SyncEngine::stateChanged, this, &ClinicConnection::onSyncStateChanged);
    m_scheduler = std::make_unique<SyncScheduler>([this] { m_engine->syncNow(); }, m_timing);
    connect(m_parts.profile.cravingLogs(), &CravingLogStore::changed, this,
            &ClinicConnection::localChange);
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation* network = QNetworkInformation::instance();
        m_scheduler->setOnline(isOnline(network->reachability()));
        connect(network, &QNetworkInformation::reachabilityChanged, m_scheduler.get(),
                [this](QNetworkInformation::Reachability reachability) {
                    m_scheduler->setOnline(isOnline(reachability));
                });
    }

    m_session->restore([this](Result<bool, SecretError> restored) { onRestored(restored); });
}

void ClinicConnection::onRestored(const Result<bool, SecretError>& restored) {
    if (m_state != State::ProfileLocked)
        return;
    if (restored && *restored) {
        m_clinicAddress = m_session->fhirBase().toString();
        setState(State::SignedIn);
        return startSync();
    }
    setState(State::SignedOut,
             restored ? QString()
                      : tr("Stepstone could not read your saved clinic sign-in from the keychain. "
                           "Sign in again; nothing on this device is lost."));
    if (m_autoSignIn.isValid())
        signIn(m_autoSignIn.toString());
}

void ClinicConnection::signIn(const QString& address) {
    if (m_state == State::ProfileLocked || m_state == State::SignedIn)
        return;
    auto fhirBase = ClinicAddress::fromTyped(address);
    if (!fhirBase)
        return setState(m_state == State::SigningIn ? State::SignedOut : m_state, fhirBase.error());
    m_clinicAddress = fhirBase->toString();
    setState(State::SigningIn);
    m_signIn.start(*fhirBase,
                   [this](Result<SmartGrant, AuthError> grant) { onSignedIn(std::move(grant)); });
}

void ClinicConnection::cancelSignIn() {
    if (m_state == State::SigningIn)
        m_signIn.cancel();
}

void ClinicConnection::onSignedIn(Result<SmartGrant, AuthError> grant) {
    if (!grant) {
        const bool cancelled = grant.error().kind == AuthError::Kind::SignInRequired;
        return setState(State::SignedOut, cancelled ? QString() : grant.error().message());
    }
    m_session->adopt(std::move(*grant), [this](Result<void, SecretError> stored) {
        if (!stored && m_state == State::SignedIn)
            setState(State::SignedIn,
                     tr("Signed in, but Stepstone could not keep the sign-in on this device, so "
                        "you will be asked again next time."));
    });
    m_clinicAddress = m_session->fhirBase().toString();
    setState(State::SignedIn);
    startSync();
}

void ClinicConnection::signOut() {
    if (!m_session)
        return;
    m_signIn.cancel();
    stopSync();
    m_session->signOut([this](SmartSession::SignOutOutcome outcome) {
        if (outcome.keychainError)
            setState(State::SignedOut,
                     tr("Signed out, but the keychain would not remove the saved sign-in. "
                        "It will be removed when you sign in again."));
    });
    setState(State::SignedOut);
}

void ClinicConnection::refresh() {
    if (m_scheduler && m_state == State::SignedIn)
        m_scheduler->refreshRequested();
}

void ClinicConnection::answerSession(const QString& sessionId, bool attending) {
    SessionStore* sessions = m_parts.profile.sessions();
    if (!sessions)
        return;
    auto answered = sessions->answer(sessionId, attending ? Session::Answer::Attending
                                                          : Session::Answer::NotAttending);
    if (!answered)
        return setState(m_state, answered.error().message());
    localChange();
}

void ClinicConnection::localChange() {
    if (m_scheduler)
        m_scheduler->localChange();
}

void ClinicConnection::offerLink(const QString& link) {
    auto fhirBase = ClinicAddress::fromLink(QUrl(link, QUrl::StrictMode));
    if (!fhirBase)
        return setState(m_state, fhirBase.error());
    if (m_state == State::SignedIn && m_session->fhirBase() == *fhirBase)
        return;
    m_clinicAddress = fhirBase->toString();
    setState(m_state);
}

void ClinicConnection::startSync() {
    m_statusClock.start();
    m_scheduler->start();
}

void ClinicConnection::stopSync() {
    m_statusClock.stop();
    if (m_scheduler)
        m_scheduler->stop();
}

void ClinicConnection::onSyncStateChanged() {
    if (m_engine->state() == SyncEngine::State::SignInNeeded && m_state == State::SignedIn) {
        stopSync();
        setState(State::SignInAgain, m_engine->lastError());
    }
    Q_EMIT syncChanged();
}

void ClinicConnection::setState(State state, const QString& message) {
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged();
    Q_EMIT syncChanged();
}

} // namespace stepstone
