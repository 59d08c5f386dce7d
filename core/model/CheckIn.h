#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <optional>

namespace stepstone {

// What the client answers in the daily check-in; the store adds the day, identity and times.
struct CheckInAnswers {
    static constexpr int kMinScale = 0;
    static constexpr int kMaxScale = 10;
    static constexpr int kMaxSleepMinutes = 24 * 60;
    static constexpr int kMaxNoteLength = 280; // one line

    int mood = 5;
    int craving = 0;
    // Unanswered stays unanswered, not 0.
    std::optional<int> sleepMinutes;
    bool usedToday = false;
    QString note;

    bool isValid() const;
    bool operator==(const CheckInAnswers&) const = default;
};

struct CheckIn {
    QUuid id;
    // The client's own calendar day when they answered, at the offset they lived it: a check-in
    // at 23:30 belongs to that day, one at 00:30 to the next, wherever the client goes later.
    QDate day;
    CheckInAnswers answers;
    QDateTime answeredAt; // the latest save, with its offset
    QDateTime createdAt;
};

} // namespace stepstone
