#pragma once

#include "ProfileSession.h"
#include "QmlSingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <optional>

namespace stepstone {

// The client's choice to share craving logs with the care team of the clinic account in use,
// as the sharing screen shows and changes it. A new clinic or patient starts with nothing shared
// and the choice not made.
class CravingSharing : public QObject, public QmlSingleton<CravingSharing> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool sharing READ sharing NOTIFY changed)
    Q_PROPERTY(bool decided READ decided NOTIFY changed)
    Q_PROPERTY(QString decidedText READ decidedText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit CravingSharing(ProfileSession& profile, QObject* parent = nullptr);

    // There is a clinic to share with: the profile has been signed in to one.
    bool available() const { return m_account.has_value(); }
    bool sharing() const { return m_state.sharing; }
    bool decided() const { return m_state.decidedAt.isValid(); }
    QString decidedText() const;
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void setSharing(bool on);

Q_SIGNALS:
    void changed();

private:
    void watchProfile();
    void reload();

    ProfileSession& m_profile;
    bool m_watching = false;
    std::optional<ClinicAccountId> m_account;
    SharingState m_state;
    QString m_errorText;
};

} // namespace stepstone
