#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "schedule/ReminderSettings.h"
#include "schedule/SnoozedReminders.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QObject>
#include <set>

namespace stepstone {

// What the reminders keep: the client's reminder settings, when reminders began, which
// reminders' time has come (by key), and the reminders the client snoozed.
class ReminderStore : public QObject {
    Q_OBJECT
public:
    ReminderStore(Database& db, const Clock& clock, QObject* parent = nullptr);

    // The settings as the client left them; the defaults before they change any. The check-in
    // time is not among them: it is the client's check-in time (Preferences).
    Result<ReminderSettings, StoreError> settings() const;
    Result<void, StoreError> setSettings(const ReminderSettings& settings);

    // When reminders began on this profile: nothing before it is caught up with. The first
    // call records now.
    Result<QDateTime, StoreError> since();

    // The keys of the reminders whose time has come.
    Result<std::set<QString>, StoreError> handledKeys() const;
    // Records `reminders` as handled, in one transaction, and forgets what is older than any
    // catch-up looks back and the snoozes that have ended.
    Result<void, StoreError> recordHandled(const std::vector<Reminder>& reminders);

    Result<std::vector<SnoozedReminder>, StoreError> snoozed() const;
    // `reminder` again at `until`; a second snooze of the same reminder replaces the first.
    Result<void, StoreError> snooze(const Reminder& reminder, const QDateTime& until);

Q_SIGNALS:
    // The settings or the snoozes changed: the plan is to be made again.
    void changed();

private:
    Result<void, StoreError> forgetOld();

    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
