#pragma once

#include "ProfileSession.h"
#include "QmlSingleton.h"
#include "schedule/Notifier.h"
#include "schedule/Reminder.h"

#include <QHash>
#include <QQmlEngine>
#include <QTimer>
#include <chrono>

namespace stepstone {

// Delivers the open profile's reminders as desktop notifications while the app runs, window or
// not: it makes the plan again from the records at each tick and whenever they change, shows what
// is due, records it so nothing is shown twice, and acts on the client's answers (open, snooze,
// taken). Nothing of a reminder is logged.
class ReminderDelivery : public QObject, public QmlSingleton<ReminderDelivery> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Reminders)
    QML_SINGLETON
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
public:
    // A change of time zone has no signal, and a sleeping computer no timer: a tick catches both.
    static constexpr std::chrono::seconds kTick{30};
    static constexpr std::chrono::minutes kSnoozeFor{10};
    static constexpr char kMissedTag[] = "missed";

    ReminderDelivery(ProfileSession& session, Notifier& notifier, const Clock& clock,
                     QObject* parent = nullptr);

    // Why reminders are not getting through (the desktop refused one, the store failed);
    // empty while they are.
    QString problem() const { return m_problem; }

public Q_SLOTS:
    // Makes the plan again and shows what is due now.
    void deliverDue();

Q_SIGNALS:
    // The client asked to see what a reminder is about: a page key of the app shell.
    void openRequested(const QString& destination);
    void problemChanged();

private:
    void watchProfile();
    void soon();
    void act(const QString& tag, const QString& action);
    // What went wrong on this device at the last tick; empty clears it.
    void setProblem(const QString& problem);
    void updateProblem();

    ProfileSession& m_session;
    Notifier& m_notifier;
    const Clock& m_clock;
    QTimer m_timer;
    QHash<QString, Reminder> m_shown; // by tag, for the client's answers
    Profile* m_watched = nullptr;
    QString m_storeProblem;
    bool m_desktopRefuses = false;
    QString m_problem;
};

} // namespace stepstone
