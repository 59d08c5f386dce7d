#pragma once

#include "ProfileSession.h"
#include "QmlSingleton.h"
#include "model/CheckIn.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <chrono>
#include <optional>

namespace stepstone {

// Today's check-in for the interface: what the client answered today, if anything, and saving
// it (one a day, changed as often as they like that day). "Today" is the client's calendar day;
// at midnight the page turns to the new day by itself, and at the check-in time it says it is due.
// Timers stand still while the computer sleeps, so the clock is looked at again every
// `recheckEvery` as well: a laptop opened in the morning shows the new day within that time.
// Sleep is in hours (half hours count); -1 is "not answered". The time it is offered at is the
// client's choice.
class CheckInToday : public QObject, public QmlSingleton<CheckInToday> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool answered READ answered NOTIFY changed)
    Q_PROPERTY(int mood READ mood NOTIFY changed)
    Q_PROPERTY(int craving READ craving NOTIFY changed)
    Q_PROPERTY(double sleepHours READ sleepHours NOTIFY changed)
    Q_PROPERTY(bool usedToday READ usedToday NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(QString dayText READ dayText NOTIFY changed)
    // One line of what was answered, for the Today page.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    // The client's check-in time ("20:00"), and whether it has come today.
    Q_PROPERTY(QString timeText READ timeText NOTIFY changed)
    Q_PROPERTY(bool due READ due NOTIFY changed)
    Q_PROPERTY(int maximumNoteLength READ maximumNoteLength CONSTANT)
    Q_PROPERTY(double maximumSleepHours READ maximumSleepHours CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit CheckInToday(ProfileSession& session,
                          std::chrono::milliseconds recheckEvery = std::chrono::minutes(1),
                          QObject* parent = nullptr);

    bool available() const { return m_session.profile() != nullptr; }
    bool answered() const { return m_today.has_value(); }
    int mood() const { return m_today ? m_today->answers.mood : CheckInAnswers{}.mood; }
    int craving() const { return m_today ? m_today->answers.craving : CheckInAnswers{}.craving; }
    double sleepHours() const;
    bool usedToday() const { return m_today && m_today->answers.usedToday; }
    QString note() const { return m_today ? m_today->answers.note : QString(); }
    QString dayText() const;
    QString summary() const;
    QString timeText() const;
    bool due() const;
    int maximumNoteLength() const { return CheckInAnswers::kMaxNoteLength; }
    double maximumSleepHours() const { return CheckInAnswers::kMaxSleepMinutes / 60.0; }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE bool save(int mood, int craving, double sleepHours, bool usedToday,
                          const QString& note);
    // "HH:mm" on a 24-hour clock; an error in words otherwise.
    Q_INVOKABLE bool setTime(const QString& text);
    // Reads again if midnight or the check-in time has passed since the last read.
    Q_INVOKABLE void recheck();

Q_SIGNALS:
    void changed();
    void errorTextChanged();

private:
    void watchStores();
    void reload();
    // Until midnight (a new day) or the check-in time, whichever comes first.
    void waitForNextChange();
    void setErrorText(const QString& text);

    ProfileSession& m_session;
    bool m_watching = false;
    std::optional<CheckIn> m_today;
    QTime m_time;
    QDateTime m_nextChange;
    const std::chrono::milliseconds m_recheckEvery;
    QTimer m_timer;
    QString m_errorText;
};

} // namespace stepstone
