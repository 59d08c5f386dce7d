#pragma once

#include "ProfileSession.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace stepstone {

// A view of one of the profile's records (not a list: ProfileListModel is for those), read again
// when the profile opens or locks and whenever its store changes, and looked at again every
// minute, since what it says depends on the clock ("in 38 days", "Today at 19:30").
class ProfileRecordView : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(
        stepstone::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)

public:
    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);

Q_SIGNALS:
    void sessionChanged();

protected:
    explicit ProfileRecordView(QObject* parent);

    // The open profile, or null while it is locked.
    Profile* profile() const { return m_session ? m_session->profile() : nullptr; }
    // Connects the store's change signal to reload(); nothing while the profile is locked.
    virtual QMetaObject::Connection watchStore(Profile& open) = 0;
    // Reads the record again.
    virtual void reload() = 0;
    // The clock moved on a minute; by default the record is read again.
    virtual void minutePassed() { reload(); }

private:
    void connectStore();

    QPointer<ProfileSession> m_session;
    QMetaObject::Connection m_storeConnection;
    QTimer m_minute;
};

} // namespace stepstone
