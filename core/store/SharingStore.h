#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/ClinicAccount.h"
#include "model/SharingState.h"
#include "store/Database.h"

#include <QObject>

namespace stepstone {

// What the client shares with a clinic account, one choice per category (today only cravings); a
// new clinic or patient starts with nothing shared. Each choice is queued for sync as a Consent
// in the same transaction. Turning craving sharing on
// also queues the logs the clinic has not had yet, so earlier logs get shared; turning it off
// queues nothing more, and the sync sends no craving while it is off. What the clinic already
// received stays there.
class SharingStore : public QObject {
    Q_OBJECT
public:
    // How the sync outbox names a sharing choice; its record id is the category.
    static constexpr char kRecordType[] = "consent";
    static constexpr char kCravings[] = "cravings";

    SharingStore(Database& db, const Clock& clock, QObject* parent = nullptr);

    // Not sharing, with an invalid decidedAt, until the client first chooses.
    Result<SharingState, StoreError> cravings(ClinicAccountId account) const;
    Result<void, StoreError> setCravingSharing(ClinicAccountId account, bool on,
                                               const QDateTime& at);

Q_SIGNALS:
    void changed();

private:
    Result<SharingState, StoreError> choice(ClinicAccountId account, const QString& category) const;
    Result<void, StoreError> queueUnsharedCravings(ClinicAccountId account, qint64 nowMs);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
