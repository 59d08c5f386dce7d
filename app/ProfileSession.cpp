#include "ProfileSession.h"

#include "security/PassphraseKdf.h"

#include <QLoggingCategory>

namespace stepstone {

namespace {
Q_LOGGING_CATEGORY(lcSession, "stepstone.app.profile")
} // namespace

ProfileSession::ProfileSession(QString dataDir, SecretStore& secrets, const Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , m_opener(std::move(dataDir), secrets, clock)
    , m_clock(clock) {}

ProfileSession::~ProfileSession() {
    m_profile.reset();
}

int ProfileSession::minimumPassphraseLength() const {
    return int(PassphraseKdf::kMinPassphraseLength);
}

void ProfileSession::open() {
    if (m_state == State::Ready || m_opening.isBusy())
        return;
    if (m_opener.existingKind() == ProfileKind::Passphrase)
        return setState(State::EnterPassphrase);
    setState(State::Opening);
    m_opening.withKeychain(
        [this](Result<OpenedProfile, OpenError> opened) {
            if (!opened && opened.error().kind == OpenError::Kind::KeychainUnavailable &&
                m_opener.existingKind() == ProfileKind::None)
                return setState(State::ChoosePassphrase, opened.error().message());
            finishOpen(std::move(opened), State::Failed);
        },
        [this](const Result<void, StoreError>& checked) { onIntegrityChecked(checked); });
}

void ProfileSession::unlockWithPassphrase(const QString& passphrase) {
    if (m_state != State::EnterPassphrase)
        return;
    openWithPassphrase(passphrase, State::EnterPassphrase);
}

void ProfileSession::createWithPassphrase(const QString& passphrase, const QString& confirmation) {
    if (m_state != State::ChoosePassphrase)
        return;
    if (passphrase != confirmation)
        return setState(State::ChoosePassphrase, tr("The two passphrases are not the same."));
    openWithPassphrase(passphrase, State::ChoosePassphrase);
}

void ProfileSession::openWithPassphrase(const QString& passphrase, State stateOnWrongKey) {
    if (m_opening.isBusy())
        return;
    setState(State::Opening);
    m_opening.withPassphrase(
        passphrase,
        [this, stateOnWrongKey](Result<OpenedProfile, OpenError> opened) {
            finishOpen(std::move(opened), stateOnWrongKey);
        },
        [this](const Result<void, StoreError>& checked) { onIntegrityChecked(checked); });
}

// The one place where an opened database arrives on this thread.
void ProfileSession::finishOpen(Result<OpenedProfile, OpenError> opened, State stateOnWrongKey) {
    if (opened) {
        m_profile = std::make_unique<Profile>(std::move(opened->database), m_clock);
        m_clinicGrantEntryName = opened->clinicSignInEntry;
        // Words of entries deleted when the app last closed too soon to erase them.
        m_profile->journalIndexPurge().request();
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

void ProfileSession::onIntegrityChecked(const Result<void, StoreError>& checked) {
    if (checked)
        return;
    if (checked.error().kind != StoreErrorKind::Corrupt) {
        // Not damage: the check could not run to its end, and runs again at the next start.
        qCWarning(lcSession) << "integrity check not finished:" << checked.error().detail;
        return;
    }
    m_damage = tr("Stepstone found damage in your data file and has left the file as it is. Some "
                  "entries may be missing or wrong. Go on with care, and ask for help before you "
                  "delete anything.");
    Q_EMIT damageFound();
}

void ProfileSession::setState(State state, const QString& message) {
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged();
}

} // namespace stepstone
