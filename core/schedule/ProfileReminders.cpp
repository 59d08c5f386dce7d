#include "schedule/ProfileReminders.h"

#include "profile/Profile.h"
#include "schedule/CheckInReminders.h"
#include "schedule/DoseReminders.h"
#include "schedule/HomeworkReminders.h"
#include "schedule/SessionReminders.h"
#include "schedule/SnoozedReminders.h"

namespace stepstone {

namespace {

constexpr int kSessionsAtMost = 500;
constexpr int kCheckInDaysBack = 10; // the catch-up window and a day either side

qint64 secondsOf(std::chrono::seconds duration) {
    return duration.count();
}

} // namespace

Result<ReminderPlanner, StoreError> remindersOf(Profile& profile, const QDateTime& now) {
    auto settings = profile.reminders().settings();
    if (!settings)
        return fail(settings.error());
    auto checkInTime = profile.preferences().checkInTime();
    if (!checkInTime)
        return fail(checkInTime.error());
    settings->checkInTime = *checkInTime;
    auto account = profile.accounts().current();
    if (!account)
        return fail(account.error());
    const QDateTime oldest = now.addSecs(-secondsOf(ReminderPlanner::kCatchUpDays));
    const QDateTime furthest = now.addSecs(secondsOf(ReminderPlanner::kLookAhead));
    auto medications = profile.medications().live();
    if (!medications)
        return fail(medications.error());
    auto marks = profile.doses().dueBetween(oldest.addDays(-1), furthest.addDays(1));
    if (!marks)
        return fail(marks.error());
    auto checkIns = profile.checkIns().recent(kCheckInDaysBack);
    if (!checkIns)
        return fail(checkIns.error());
    auto snoozed = profile.reminders().snoozed();
    if (!snoozed)
        return fail(snoozed.error());
    std::vector<Session> sessions;
    std::vector<HomeworkTask> tasks;
    if (*account) {
        auto upcoming = profile.sessions().upcoming((*account)->id, oldest, kSessionsAtMost);
        if (!upcoming)
            return fail(upcoming.error());
        auto assigned = profile.homework().tasks((*account)->id);
        if (!assigned)
            return fail(assigned.error());
        sessions = std::move(*upcoming);
        tasks = std::move(*assigned);
    }
    std::set<QDate> daysCheckedIn;
    for (const CheckIn& checkIn : *checkIns)
        daysCheckedIn.insert(checkIn.day);

    std::vector<std::unique_ptr<ReminderSource>> sources;
    sources.push_back(std::make_unique<SessionReminders>(std::move(sessions)));
    sources.push_back(std::make_unique<DoseReminders>(std::move(*medications), std::move(*marks)));
    sources.push_back(std::make_unique<CheckInReminders>(std::move(daysCheckedIn)));
    sources.push_back(std::make_unique<HomeworkReminders>(std::move(tasks)));
    sources.push_back(std::make_unique<SnoozedReminders>(std::move(*snoozed)));
    return ReminderPlanner(std::move(sources), std::move(*settings));
}

} // namespace stepstone
