#pragma once

#include "model/Medication.h"
#include "schedule/ReminderSource.h"

namespace stepstone {

// At the time of each scheduled dose the client has not marked yet (taken or skipped), on the
// client's clock; a dose in the hour the clocks repeat is reminded of once.
class DoseReminders final : public ReminderSource {
public:
    DoseReminders(std::vector<Medication> medications, std::vector<DoseEvent> marks);

    std::vector<Reminder> remindersBetween(const QDateTime& from, const QDateTime& to,
                                           const ReminderSettings& settings) const override;

private:
    std::vector<Medication> m_medications;
    std::vector<DoseEvent> m_marks;
};

} // namespace stepstone
