#pragma once

#include "model/Session.h"
#include "schedule/ReminderSource.h"

namespace stepstone {

// Before each session the client is going to: at each lead time the client chose, in elapsed
// time before its start. A cancelled session, or one the client said they will miss, has none;
// a moved one has them before its new start.
class SessionReminders final : public ReminderSource {
public:
    explicit SessionReminders(std::vector<Session> sessions);

    std::vector<Reminder> remindersBetween(const QDateTime& from, const QDateTime& to,
                                           const ReminderSettings& settings) const override;

private:
    std::vector<Session> m_sessions;
};

} // namespace stepstone
