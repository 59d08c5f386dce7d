#pragma once

#include "ClinicConnection.h"
#include "ProfileSession.h"

#include <QObject>
#include <QQmlEngine>

namespace stepstone {

// The client's choice to share craving logs with their care team, as the sharing screen
// shows and changes it.
class CravingSharing : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool sharing READ sharing NOTIFY changed)
    Q_PROPERTY(QString decidedText READ decidedText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    CravingSharing(ProfileSession& profile, ClinicConnection& clinic, QObject* parent = nullptr);
    ~CravingSharing() override;

    static void setInstance(CravingSharing* sharing);
    static CravingSharing* create(QQmlEngine*, QJSEngine*);

    bool sharing() const { return m_state.sharing; }
    QString decidedText() const;
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void setSharing(bool on);

Q_SIGNALS:
    void changed();

private:
    void reload();

    ProfileSession& m_profile;
    ClinicConnection& m_clinic;
    QMetaObject::Connection m_storeConnection;
    SharingState m_state;
    QString m_errorText;
};

} // namespace stepstone
