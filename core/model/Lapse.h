#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace stepstone {

// A use the client recorded: a lapse to learn from, never a failure. What happened and what
// they will try next time are both optional.
struct LapseEntry {
    static constexpr int kMaxTextLength = 4000;

    QDateTime occurredAt; // with the offset the client lived it at
    QString whatHappened;
    QString nextTime;

    bool isValid() const {
        return occurredAt.isValid() && whatHappened.size() <= kMaxTextLength &&
               nextTime.size() <= kMaxTextLength;
    }
    bool operator==(const LapseEntry&) const = default;
};

struct Lapse {
    QUuid id;
    LapseEntry entry;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace stepstone
