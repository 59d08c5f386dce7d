#include "schedule/ReminderPlanner.h"

#include "common/LocalTime.h"

#include <algorithm>

namespace stepstone {

namespace {

constexpr qint64 kSecondsADay = qint64{24} * 3600;

qint64 secondsOf(std::chrono::seconds duration) {
    return duration.count();
}

bool sameEvent(const Reminder& a, const Reminder& b) {
    return a.kind == b.kind && a.subjectId == b.subjectId && a.eventAt == b.eventAt;
}

// Of the reminders due together for one event (a session's day-before and hour-before, after
// a night off), only the latest says anything.
void keepTheLatestOfEachEvent(std::vector<Reminder>& due, const std::vector<Reminder>& later) {
    const auto supersededIn = [](const Reminder& r, const std::vector<Reminder>& others) {
        return std::any_of(others.begin(), others.end(), [&](const Reminder& other) {
            return sameEvent(other, r) && other.fireAt > r.fireAt;
        });
    };
    std::vector<Reminder> kept;
    for (const Reminder& r : due)
        if (!supersededIn(r, due) && !supersededIn(r, later))
            kept.push_back(r);
    due = std::move(kept);
}

} // namespace

ReminderPlanner::ReminderPlanner(std::vector<std::unique_ptr<ReminderSource>> sources,
                                 ReminderSettings settings)
    : m_sources(std::move(sources))
    , m_settings(std::move(settings)) {}

std::vector<Reminder> ReminderPlanner::plan(const QDateTime& from, const QDateTime& to) const {
    std::vector<Reminder> planned;
    if (!from.isValid() || !to.isValid() || to <= from)
        return planned;
    // Quiet hours last less than a day, so what they move into the window began within the day
    // before it.
    const QDateTime earliest = m_settings.quietHours ? from.addSecs(-kSecondsADay) : from;
    for (const auto& source : m_sources) {
        for (Reminder& reminder : source->remindersBetween(earliest, to, m_settings)) {
            if (m_settings.quietHours)
                reminder.fireAt =
                    withLocalOffset(outsideQuietHours(reminder.fireAt, *m_settings.quietHours));
            if (reminder.fireAt < from || reminder.fireAt >= to ||
                reminder.fireAt >= reminder.relevantUntil)
                continue;
            planned.push_back(std::move(reminder));
        }
    }
    std::sort(planned.begin(), planned.end(), [](const Reminder& a, const Reminder& b) {
        return a.fireAt != b.fireAt ? a.fireAt < b.fireAt : a.key < b.key;
    });
    return planned;
}

DueReminders ReminderPlanner::due(const QDateTime& since,
                                  const std::function<bool(const QString&)>& delivered,
                                  const QDateTime& now) const {
    DueReminders due;
    const QDateTime oldest = now.addSecs(-secondsOf(kCatchUpDays));
    const QDateTime from = since.isValid() && since > oldest ? since.addMSecs(1) : oldest;
    const QDateTime lateBefore = now.addSecs(-secondsOf(kOnTime));
    for (Reminder& reminder : plan(from, now.addMSecs(1))) {
        if (delivered(reminder.key))
            continue;
        due.handled.push_back(reminder);
        if (reminder.relevantUntil <= now)
            continue;
        if (reminder.fireAt >= lateBefore)
            due.toDeliver.push_back(std::move(reminder));
        else
            due.missed.push_back(std::move(reminder));
    }
    keepTheLatestOfEachEvent(due.missed, due.toDeliver);
    keepTheLatestOfEachEvent(due.toDeliver, {});
    if (due.missed.size() == 1) {
        due.toDeliver.insert(due.toDeliver.begin(), std::move(due.missed.front()));
        due.missed.clear();
    }
    for (const Reminder& next : plan(now.addMSecs(1), now.addSecs(secondsOf(kLookAhead)))) {
        if (!delivered(next.key)) {
            due.nextAt = next.fireAt;
            break;
        }
    }
    return due;
}

} // namespace stepstone
