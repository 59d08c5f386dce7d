#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/CheckIn.h"
#include "store/Database.h"

#include <QObject>
#include <vector>

namespace stepstone {

// The client's daily check-ins in the encrypted database: one per local day, which the client
// can change for as long as that day lasts on their clock. Every change is queued for every
// clinic account in the same transaction, as every record is.
class CheckInStore : public QObject {
    Q_OBJECT
public:
    // How the sync outbox names a check-in.
    static constexpr char kRecordType[] = "check-in";

    CheckInStore(Database& db, const Clock& clock, QObject* parent = nullptr);

    // Today's check-in, on the client's clock now: written, or rewritten when today has one.
    Result<CheckIn, StoreError> saveToday(const CheckInAnswers& answers);
    // Today's check-in; NotFound when today has none yet.
    Result<CheckIn, StoreError> today() const;
    Result<CheckIn, StoreError> find(const QUuid& id) const;
    // Live check-ins, the latest day first.
    Result<std::vector<CheckIn>, StoreError> recent(int limit) const;

Q_SIGNALS:
    void changed();

private:
    Result<CheckIn, StoreError> forDay(const QDate& day) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
