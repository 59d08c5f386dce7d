#pragma once

#include "ProfileSession.h"
#include "model/Meeting.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

namespace stepstone {

// Adds or changes a meeting from what the client typed in the form. What cannot be kept is
// said in words, with the field it concerns, and the form keeps everything as typed.
class MeetingEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        stepstone::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QStringList kindNames READ kindNames CONSTANT)
    // Monday first; index + 1 is the ISO weekday.
    Q_PROPERTY(QStringList weekdayNames READ weekdayNames CONSTANT)
    Q_PROPERTY(int maximumNameLength READ maximumNameLength CONSTANT)
    Q_PROPERTY(int maximumPlaceLength READ maximumPlaceLength CONSTANT)
    Q_PROPERTY(int maximumNoteLength READ maximumNoteLength CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    // The field the error is about: "name", "day", "time", "link", "place", "note", or "".
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    using QObject::QObject;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    QStringList kindNames() const;
    QStringList weekdayNames() const;
    int maximumNameLength() const { return MeetingDetails::kMaxNameLength; }
    int maximumPlaceLength() const { return MeetingDetails::kMaxPlaceLength; }
    int maximumNoteLength() const { return MeetingDetails::kMaxNoteLength; }
    QString errorText() const { return m_errorText; }
    QString errorField() const { return m_errorField; }

    // A new meeting when `meetingId` is empty. `weekday` is ISO 1-7; `time` as typed ("19:30",
    // or the locale's own way, "7:30 PM").
    Q_INVOKABLE bool save(const QString& meetingId, const QString& name, int kind, int weekday,
                          const QString& time, const QString& place, const QString& link,
                          const QString& note);
    Q_INVOKABLE void clearError() { setError({}, {}); }

Q_SIGNALS:
    void sessionChanged();
    void errorChanged();
    // A meeting was kept as the form had it.
    void saved();

private:
    void setError(const QString& text, const QString& field);

    QPointer<ProfileSession> m_session;
    QString m_errorText;
    QString m_errorField;
};

} // namespace stepstone
