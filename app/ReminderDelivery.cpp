#include "ReminderDelivery.h"

#include "ReminderWords.h"
#include "schedule/ProfileReminders.h"

#include <QCoreApplication>

namespace stepstone {

namespace {

qint64 secondsOf(std::chrono::seconds duration) {
    return duration.count();
}

} // namespace

ReminderDelivery::ReminderDelivery(ProfileSession& session, Notifier& notifier, const Clock& clock,
                                   QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_clock(clock) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReminderDelivery::deliverDue);
    connect(&m_notifier, &Notifier::actionInvoked, this, &ReminderDelivery::act);
    // The desktop's answer comes after the tick that asked: its refusal stands until it shows one.
    connect(&m_notifier, &Notifier::failed, this, [this] {
        m_desktopRefuses = true;
        updateProblem();
    });
    connect(&m_notifier, &Notifier::shown, this, [this] {
        m_desktopRefuses = false;
        updateProblem();
    });
    connect(&m_session, &ProfileSession::stateChanged, this, &ReminderDelivery::watchProfile);
    watchProfile();
}

void ReminderDelivery::watchProfile() {
    Profile* profile = m_session.profile();
    if (profile == m_watched)
        return;
    m_watched = profile;
    if (!profile) {
        m_timer.stop();
        return;
    }
    const auto replan = [this] {
        soon();
    };
    connect(&profile->sessions(), &SessionStore::changed, this, replan);
    connect(&profile->medications(), &MedicationStore::changed, this, replan);
    connect(&profile->doses(), &DoseLogStore::changed, this, replan);
    connect(&profile->checkIns(), &CheckInStore::changed, this, replan);
    connect(&profile->homework(), &HomeworkStore::changed, this, replan);
    connect(&profile->preferences(), &Preferences::changed, this, replan);
    connect(&profile->reminders(), &ReminderStore::changed, this, replan);
    soon();
}

// Once the event loop is free: a batch of changes makes one plan.
void ReminderDelivery::soon() {
    m_timer.start(0);
}

void ReminderDelivery::deliverDue() {
    Profile* profile = m_session.profile();
    if (!profile)
        return;
    const QDateTime now = m_clock.now();
    auto since = profile->reminders().since();
    auto handled = profile->reminders().handledKeys();
    auto planner = remindersOf(*profile, now);
    if (!since || !handled || !planner) {
        setProblem(QCoreApplication::translate("ReminderDelivery",
                                               "Reminders could not be read from this device."));
        m_timer.start(std::chrono::seconds(kTick));
        return;
    }
    const DueReminders due = planner->due(
        *since, [&](const QString& key) { return handled->count(key) > 0; }, now);
    // Recorded before shown: a crash in between loses a reminder rather than repeating it.
    if (auto recorded = profile->reminders().recordHandled(due.handled); !recorded) {
        setProblem(QCoreApplication::translate("ReminderDelivery",
                                               "Reminders could not be kept on this device."));
        m_timer.start(std::chrono::seconds(kTick));
        return;
    }
    for (const Reminder& reminder : due.toDeliver) {
        m_shown.insert(reminder.key, reminder);
        m_notifier.show(reminder.key,
                        reminderWords::forReminder(reminder, planner->settings().detailed, now));
    }
    if (!due.missed.empty())
        m_notifier.show(QLatin1String(kMissedTag), reminderWords::forMissed(due.missed));
    setProblem({});
    qint64 wait = secondsOf(kTick) * 1000;
    if (due.nextAt.isValid())
        wait = std::clamp<qint64>(now.msecsTo(due.nextAt), 0, wait);
    m_timer.start(std::chrono::milliseconds(wait));
}

void ReminderDelivery::act(const QString& tag, const QString& action) {
    const auto shown = m_shown.constFind(tag);
    const bool known = shown != m_shown.constEnd();
    const QString destination =
        known ? reminderWords::destination(shown->kind) : QStringLiteral("today");
    Profile* profile = m_session.profile();
    if (action == u"snooze" && known && profile) {
        if (!profile->reminders().snooze(*shown, m_clock.now().addSecs(secondsOf(kSnoozeFor))))
            setProblem(QCoreApplication::translate("ReminderDelivery",
                                                   "The reminder could not be snoozed."));
    } else if (action == u"taken" && known && profile && shown->kind == ReminderKind::Dose) {
        DoseMark mark;
        mark.medicationId = QUuid::fromString(shown->subjectId);
        mark.dueAt = shown->eventAt;
        mark.outcome = DoseOutcome::Taken;
        if (!profile->doses().mark(mark))
            setProblem(QCoreApplication::translate("ReminderDelivery",
                                                   "The dose could not be marked as taken."));
    } else if (action == u"open" || action == u"default") {
        Q_EMIT openRequested(destination);
    }
    m_shown.remove(tag);
}

void ReminderDelivery::setProblem(const QString& problem) {
    m_storeProblem = problem;
    updateProblem();
}

void ReminderDelivery::updateProblem() {
    QString problem = m_storeProblem;
    if (problem.isEmpty() && m_desktopRefuses)
        problem = QCoreApplication::translate("ReminderDelivery",
                                              "The desktop did not show a reminder. Check that "
                                              "notifications are on for this computer.");
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

} // namespace stepstone
