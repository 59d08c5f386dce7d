#include "ProfileSession.h"

#include "security/PassphraseKdf.h"

namespace stepstone {

namespace {
ProfileSession* s_instance = nullptr;
}

ProfileSession::ProfileSession(QString dataDir, SecretStore& secrets, const Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , m_opener(std::move(dataDir), secrets)
    , m_clock(clock) {}

ProfileSession::~ProfileSession() {
    m_profile.reset();
    if (s_instance == this)
        s_instance = nullptr;
}

void ProfileSession::setInstance(ProfileSession* session) {
    s_instance = session;
}

ProfileSession* ProfileSession::create(QQmlEngine*, QJSEngine*) {
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

int ProfileSession::minimumPassphraseLength() const {
    return int(PassphraseKdf::kMinPassphraseLength);
}

void ProfileSession::open() {
    if (m_state == State::Ready)
        return;
    if (m_opener.existingKind() == ProfileKind::Passphrase)
        return setState(State::EnterPassphrase);
    setState(State::Opening);
    auto opened = m_opener.openWithKeychain();
    if (!opened && opened.error().kind == OpenError::Kind::KeychainUnavailable &&
        m_opener.existingKind() == ProfileKind::None)
        return setState(State::ChoosePassphrase, opened.error().message());
    finishOpen(std::move(opened), State::Failed);
}

void ProfileSession::unlockWithPassphrase(const QString& passphrase) {
    if (m_state != State::EnterPassphrase)
        return;
    finishOpen(m_opener.openWithPassphrase(passphrase), State::EnterPassphrase);
}

void ProfileSession::createWithPassphrase(const QString& passphrase, const QString& confirmation) {
    if (m_state != State::ChoosePassphrase)
        return;
    if (passphrase != confirmation)
        return setState(State::ChoosePassphrase, tr("The two passphrases are not the same."));
    finishOpen(m_opener.openWithPassphrase(passphrase), State::ChoosePassphrase);
}

void ProfileSession::finishOpen(Result<std::unique_ptr<Database>, OpenError> opened,
                                State stateOnWrongKey) {
    if (opened) {
        m_profile = std::make_unique<Profile>(std::move(*opened), m_clock);
        return setState(State::Ready);
    }
    const OpenError& error = opened.error();
    switch (error.kind) {
    case OpenError::Kind::KeyUnavailable:
    case OpenError::Kind::KeychainUnavailable:
        return setState(State::KeyUnavailable, error.message());
    case OpenError::Kind::PassphraseTooShort:
    case OpenError::Kind::WrongPassphrase:
        return setState(stateOnWrongKey, error.message());
    case OpenError::Kind::Store:
        return setState(State::Failed, error.message());
    }
}

void ProfileSession::setState(State state, const QString& message) {
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged();
}

} // namespace stepstone
