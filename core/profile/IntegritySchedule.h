#pragma once

#include "common/Clock.h"

#include <QString>

namespace stepstone {

// When the whole database file is read through for damage, which takes time in proportion to
// the data: when the last session did not close the file (its write-ahead log is still there),
// and otherwise at most once a day. A check that passed is noted in the profile folder: the
// time and nothing else.
class IntegritySchedule {
public:
    static constexpr char kFileName[] = "integrity-checked";
    static constexpr qint64 kIntervalSecs = qint64(24) * 3600;

    IntegritySchedule(QString dataDir, const Clock& clock);

    // Asked before the database is opened, while a write-ahead log left behind still shows.
    bool isDue(const QString& databasePath) const;
    void notePassed() const;

private:
    QString m_dataDir;
    const Clock* m_clock;
};

} // namespace stepstone
