#pragma once

#include <QDateTime>

namespace stepstone {

// One thing that left the device for the clinic, for the client's "what was sent when".
struct SentRecord {
    enum class Kind { CravingLog, CravingLogDeleted, SharingChoice, SessionAnswer };
    Kind kind = Kind::CravingLog;
    QDateTime sentAt;
    QDateTime recordTime; // the craving's occurredAt (with its offset) for its kinds, else invalid
};

} // namespace stepstone
