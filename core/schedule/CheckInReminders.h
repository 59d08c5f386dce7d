#pragma once

#include "schedule/ReminderSource.h"

#include <QDate>
#include <set>

namespace stepstone {

// At the client's check-in time each day they have not checked in yet.
class CheckInReminders final : public ReminderSource {
public:
    explicit CheckInReminders(std::set<QDate> daysCheckedIn);

    std::vector<Reminder> remindersBetween(const QDateTime& from, const QDateTime& to,
                                           const ReminderSettings& settings) const override;

private:
    std::set<QDate> m_daysCheckedIn;
};

} // namespace stepstone
