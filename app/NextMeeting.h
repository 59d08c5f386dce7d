#pragma once

#include "ProfileRecordView.h"
#include "schedule/NextMeeting.h"

#include <QQmlEngine>
#include <vector>

namespace stepstone {

// The client's next peer-support meeting, for any page that shows it (Program, Today): what,
// when in plain words, and where. Follows the meeting list and the clock: once a meeting has
// started, the one after it is next.
class NextMeeting : public stepstone::ProfileRecordView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString meetingId READ meetingId NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString kindText READ kindText NOTIFY changed)
    // "Today at 19:30", "Tomorrow at 7:00 PM", "Friday 11 December at 19:30"
    Q_PROPERTY(QString whenText READ whenText NOTIFY changed)
    Q_PROPERTY(QString place READ place NOTIFY changed)
    // Only a link the app would open (https); empty otherwise.
    Q_PROPERTY(QString link READ link NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit NextMeeting(QObject* parent = nullptr);

    bool available() const { return m_next.has_value(); }
    QString meetingId() const;
    QString title() const;
    QString kindText() const;
    QString whenText() const { return m_whenText; }
    QString place() const;
    QString link() const;
    QString errorText() const { return m_errorText; }

    // Looks again now (the clock moved, a page came back into view).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

protected:
    QMetaObject::Connection watchStore(Profile& open) override;
    void reload() override;
    void minutePassed() override { refresh(); }

private:
    std::vector<Meeting> m_meetings;
    std::optional<MeetingTime> m_next;
    QString m_whenText;
    QString m_errorText;
};

} // namespace stepstone
