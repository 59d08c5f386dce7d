#pragma once

#include "QmlSingleton.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "profile/ProfileOpening.h"

#include <QObject>
#include <QQmlEngine>
#include <memory>

namespace stepstone {

// Unlocks the client's profile and holds its open database for the life of the app.
// Its state tells the interface which screen to show. Opening runs on a thread of its own
// (ProfileOpening): the interface shows Opening meanwhile and never waits for it.
class ProfileSession : public QObject, public QmlSingleton<ProfileSession> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)
    // Set when the check of the whole file, which runs after opening, found damage.
    Q_PROPERTY(QString damage READ damage NOTIFY damageFound)

public:
    enum class State {
        Opening,
        Ready,
        KeyUnavailable,   // the keychain will not give the key now: retry
        ChoosePassphrase, // no keychain on this system and no data yet
        EnterPassphrase,  // a passphrase profile exists
        Failed,           // the database cannot be opened; the file is left untouched
    };
    Q_ENUM(State)

    ProfileSession(QString dataDir, SecretStore& secrets, const Clock& clock,
                   QObject* parent = nullptr);
    ~ProfileSession() override;

    State state() const { return m_state; }
    QString message() const { return m_message; }
    QString damage() const { return m_damage; }
    int minimumPassphraseLength() const;

    Q_INVOKABLE void open();
    Q_INVOKABLE void unlockWithPassphrase(const QString& passphrase);
    Q_INVOKABLE void createWithPassphrase(const QString& passphrase, const QString& confirmation);

    // Null until the state is Ready.
    Profile* profile() const { return m_profile.get(); }
    CravingLogStore* cravingLogs() const { return m_profile ? &m_profile->cravings() : nullptr; }
    JournalStore* journal() const { return m_profile ? &m_profile->journal() : nullptr; }
    // Known once the state is Ready.
    QString clinicGrantEntryName() const { return m_clinicGrantEntryName; }
    const Clock& clock() const { return m_clock; }

Q_SIGNALS:
    void stateChanged();
    void damageFound();

private:
    void openWithPassphrase(const QString& passphrase, State stateOnWrongKey);
    void finishOpen(Result<OpenedProfile, OpenError> opened, State stateOnWrongKey);
    void onIntegrityChecked(const Result<void, StoreError>& checked);
    void setState(State state, const QString& message = {});

    ProfileOpener m_opener;
    ProfileOpening m_opening{m_opener};
    const Clock& m_clock;
    QString m_clinicGrantEntryName;
    QString m_damage;
    std::unique_ptr<Profile> m_profile;
    State m_state = State::Opening;
    QString m_message;
};

} // namespace stepstone
