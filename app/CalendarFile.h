#pragma once

#include "ProfileSession.h"
#include "QmlSingleton.h"
#include "common/Clock.h"

#include <QObject>
#include <QQmlEngine>

namespace stepstone {

// The sessions as an iCalendar file a calendar app imports or subscribes to: written when the
// client asks, and again whenever the sessions change if they chose so. "Appointment" for every
// session unless the client asks for the sessions' titles and places.
class CalendarFile : public QObject, public QmlSingleton<CalendarFile> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(bool keptUpdated READ keptUpdated WRITE setKeptUpdated NOTIFY changed)
    Q_PROPERTY(bool detailed READ detailed WRITE setDetailed NOTIFY changed)
    // What happened last: "12 sessions saved at 15:02", or why nothing was.
    Q_PROPERTY(QString status READ status NOTIFY changed)

public:
    CalendarFile(ProfileSession& session, const Clock& clock, QString path,
                 QObject* parent = nullptr);

    QString path() const { return m_path; }
    bool keptUpdated() const { return m_keptUpdated; }
    void setKeptUpdated(bool kept);
    bool detailed() const { return m_detailed; }
    void setDetailed(bool detailed);
    QString status() const { return m_status; }

    // Writes the file now; false, with the reason in status, when it could not.
    Q_INVOKABLE bool write();

    // Documents/stepstone-calendar.ics
    static QString defaultPath();

Q_SIGNALS:
    void changed();

private:
    void watchProfile();
    void keep(Result<void, StoreError> (Preferences::*set)(bool), bool value, bool& choice);
    void setStatus(const QString& status);

    ProfileSession& m_session;
    const Clock& m_clock;
    const QString m_path;
    Profile* m_watched = nullptr;
    bool m_keptUpdated = false;
    bool m_detailed = false;
    QString m_status;
};

} // namespace stepstone
