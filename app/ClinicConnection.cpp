#include "ClinicConnection.h"

#include "SyncStatusText.h"
#include "auth/ClinicAddress.h"
#include "sync/ConsentUpload.h"
#include "sync/CravingUpload.h"
#include "sync/SessionAnswerUpload.h"

namespace stepstone {

ClinicConnection::ClinicConnection(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {
    m_statusClock.setInterval(std::chrono::seconds(30));
    connect(&m_statusClock, &QTimer::timeout, this, &ClinicConnection::syncChanged);
}

void ClinicConnection::setLink(ClinicLink* link) {
    if (m_link)
        disconnect(m_link, nullptr, this, nullptr);
    m_link = link;
    if (!m_link)
        return onLinkStateChanged();
    connect(m_link, &ClinicLink::stateChanged, this, &ClinicConnection::onLinkStateChanged);
    connect(m_link, &ClinicLink::syncChanged, this, &ClinicConnection::syncChanged);
    connect(m_link, &ClinicLink::syncFinished, this, &ClinicConnection::syncFinished);
    connect(&m_link->profile().accounts(), &ClinicAccounts::changed, this,
            &ClinicConnection::stateChanged);
    connect(m_link, &ClinicLink::signInNotKept, this, [this] {
        setMessage(tr("Signed in, but Stepstone could not keep the sign-in on this device, so you "
                      "will be asked again next time."));
    });
    // Until the keychain says whether a sign-in was kept, the page shows neither signed in nor
    // out.
    m_restoring = true;
    onLinkStateChanged();
    m_link->restore([this, link = m_link](const Result<bool, SecretError>& restored) {
        if (m_link != link)
            return;
        m_restoring = false;
        if (!restored)
            setMessage(tr("Stepstone could not read your saved clinic sign-in from the keychain. "
                          "Sign in again; nothing on this device is lost."));
        onLinkStateChanged();
        if (m_autoSignIn.isValid() && state() == State::SignedOut)
            m_link->signIn(m_autoSignIn);
    });
}

ClinicConnection::State ClinicConnection::state() const {
    if (!m_link || m_restoring)
        return State::ProfileLocked;
    switch (m_link->state()) {
    case ClinicLink::State::SignedOut:
        return State::SignedOut;
    case ClinicLink::State::SigningIn:
        return State::SigningIn;
    case ClinicLink::State::SignedIn:
        return State::SignedIn;
    case ClinicLink::State::SignInAgain:
        break;
    }
    return State::SignInAgain;
}

QString ClinicConnection::clinicName() const {
    if (!m_link)
        return {};
    // The account in use, or while signed out the last one, whose sharing choice the pages
    // show. Read afresh: the clinic's name arrives with a sync after signing in.
    auto current = m_link->profile().accounts().current();
    if (!current || !*current)
        return {};
    const ClinicAccount& account = **current;
    return account.name.isEmpty() ? account.fhirBase.host() : account.name;
}

bool ClinicConnection::syncing() const {
    const SyncEngine* engine = m_link ? m_link->engine() : nullptr;
    return engine && engine->state() == SyncEngine::State::Syncing;
}

QString ClinicConnection::syncStatus() const {
    const SyncEngine* engine = m_link ? m_link->engine() : nullptr;
    if (!engine || state() != State::SignedIn)
        return {};
    return describeSync(engine->state(), engine->lastSynced(), m_clock.now());
}

QString ClinicConnection::syncProblem() const {
    const SyncEngine* engine = m_link ? m_link->engine() : nullptr;
    if (!engine || engine->state() == SyncEngine::State::Syncing)
        return {};
    return engine->lastError();
}

bool ClinicConnection::mayShareCravings() const {
    return !m_link ||
           (m_link->permits(ConsentUpload::kAccess) && m_link->permits(CravingUpload::kAccess));
}

bool ClinicConnection::mayAnswerSessions() const {
    return !m_link || m_link->permits(SessionAnswerUpload::kAccess);
}

void ClinicConnection::signIn(const QString& address) {
    const State now = state();
    if (!m_link || m_restoring || now == State::SignedIn || now == State::SigningIn)
        return;
    auto fhirBase = ClinicAddress::fromTyped(address);
    if (!fhirBase)
        return setMessage(fhirBase.error());
    m_clinicAddress = fhirBase->toString();
    m_message.clear();
    m_link->signIn(*fhirBase);
}

void ClinicConnection::cancelSignIn() {
    if (m_link)
        m_link->cancelSignIn();
}

void ClinicConnection::signOut() {
    if (!m_link)
        return;
    m_message.clear();
    m_link->signOut([this](SmartSession::SignOutOutcome outcome) {
        if (outcome.keychainError)
            setMessage(tr("Signed out, but the keychain would not remove the saved sign-in. "
                          "It will be removed when you sign in again."));
    });
}

void ClinicConnection::refresh() {
    if (m_link)
        m_link->refresh();
}

void ClinicConnection::answerSession(const QString& sessionId, bool attending) {
    if (!m_link)
        return;
    Profile& profile = m_link->profile();
    auto account = profile.accounts().current();
    if (!account || !*account)
        return setMessage(account ? QString() : account.error().message());
    auto answered = profile.sessions().answer((*account)->id, sessionId,
                                              attending ? Session::Answer::Attending
                                                        : Session::Answer::NotAttending);
    if (!answered)
        setMessage(answered.error().message());
}

void ClinicConnection::offerLink(const QString& link) {
    auto fhirBase = ClinicAddress::fromLink(QUrl(link, QUrl::StrictMode));
    if (!fhirBase)
        return setMessage(fhirBase.error());
    const auto account = m_link ? m_link->account() : std::nullopt;
    if (state() == State::SignedIn && account && account->fhirBase == *fhirBase)
        return;
    m_clinicAddress = fhirBase->toString();
    Q_EMIT stateChanged();
}

void ClinicConnection::onLinkStateChanged() {
    const State now = state();
    if (now == State::SignedIn) {
        m_statusClock.start();
        if (const auto account = m_link->account())
            m_clinicAddress = account->fhirBase.toString();
    } else {
        m_statusClock.stop();
    }
    if (m_link && !m_link->signInProblem().isEmpty())
        m_message = m_link->signInProblem();
    else if (now == State::SignInAgain && m_link->engine())
        m_message = m_link->engine()->lastError();
    Q_EMIT stateChanged();
    Q_EMIT syncChanged();
}

void ClinicConnection::setMessage(const QString& message) {
    m_message = message;
    Q_EMIT stateChanged();
}

} // namespace stepstone
