#pragma once

#include "common/Result.h"
#include "store/Database.h"

#include <QObject>
#include <QTime>
#include <optional>

namespace stepstone {

// The client's own settings, kept in the encrypted database with their data (a craving level is
// about them too). Not synced.
class Preferences : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultHighCravingLevel = 7;
    static constexpr int kMinHighCravingLevel = 0;
    static constexpr int kMaxHighCravingLevel = 10;
    static constexpr int kDefaultCheckInMinute = 20 * 60; // 20:00

    explicit Preferences(Database& db, QObject* parent = nullptr);

    // From this intensity up, saving a craving offers the client's own plan.
    Result<int, StoreError> highCravingLevel() const;
    Result<void, StoreError> setHighCravingLevel(int level);
    // Whether the days since the latest lapse are left unsaid (the Today page, the check-in).
    Result<bool, StoreError> lapseCounterHidden() const;
    Result<void, StoreError> setLapseCounterHidden(bool hidden);
    // When the daily check-in is offered, on the client's clock (to the minute).
    Result<QTime, StoreError> checkInTime() const;
    Result<void, StoreError> setCheckInTime(const QTime& time);
    // Whether the sessions' calendar file is written again whenever the sessions change, and
    // whether it names them (their titles and places) rather than "Appointment".
    Result<bool, StoreError> calendarKeptUpdated() const;
    Result<void, StoreError> setCalendarKeptUpdated(bool kept);
    Result<bool, StoreError> calendarDetailed() const;
    Result<void, StoreError> setCalendarDetailed(bool detailed);

Q_SIGNALS:
    void changed();

private:
    Result<std::optional<qint64>, StoreError> read(const char* name) const;
    Result<bool, StoreError> readFlag(const char* name) const;
    Result<void, StoreError> write(const char* name, qint64 value);

    Database& m_db;
};

} // namespace stepstone
