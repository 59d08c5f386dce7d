#pragma once

#include <QDateTime>
#include <QTime>
#include <optional>
#include <vector>

namespace stepstone {

// Hours of the client's clock in which nothing is delivered, such as 22:00 to 07:00 (through
// midnight) or 13:00 to 14:00. Equal ends mean none.
struct QuietHours {
    QTime from;
    QTime until;

    bool contains(const QTime& clockTime) const;
    friend bool operator==(const QuietHours&, const QuietHours&) = default;
};

// What the client asked to be reminded of, and how.
struct ReminderSettings {
    static constexpr int kMaxSessionLeads = 2;
    static constexpr int kMaxLeadMinutes = 7 * 24 * 60;

    bool sessionsOn = true;
    // Elapsed minutes before a session's start, most first: 24 h and 1 h unless the client
    // changes them. A day before a session just after the clocks change is still 24 hours.
    std::vector<int> sessionLeadMinutes{24 * 60, 60};
    bool dosesOn = true; // at each dose's time
    bool checkInOn = true;
    QTime checkInTime{20, 0}; // the client's own check-in time
    bool homeworkOn = true;
    QTime homeworkTime{9, 0}; // on the morning of the day homework is due
    std::optional<QuietHours> quietHours;
    bool detailed = false; // the session's title and the medicine's name in the text
    // The app goes on running, without its window, once the window is closed, so reminders
    // still come.
    bool keepRunning = false;

    friend bool operator==(const ReminderSettings&, const ReminderSettings&) = default;
};

// A reminder's time moved out of quiet hours: to their end on the client's clock (daylight
// saving included); `at` itself when it falls outside them.
QDateTime outsideQuietHours(const QDateTime& at, const QuietHours& quiet);

} // namespace stepstone
