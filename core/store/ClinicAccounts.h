#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/ClinicAccount.h"
#include "store/Database.h"

#include <QObject>
#include <optional>

namespace stepstone {

// The clinic accounts of this profile, one per (FHIR base, patient) it has been signed in to,
// and which one is current: the one signed in to, or after signing out the one used last, whose
// sessions and sharing the app still shows.
//
// Sync state from before accounts existed waits on account 0. The first account used after the
// upgrade claims it when it is the sign-in the profile already had (restored from the keychain);
// any other lets it go, keeping only the sent log, since nothing queued for one clinic or patient
// may reach another.
class ClinicAccounts : public QObject {
    Q_OBJECT
public:
    enum class EarlierState { Claim, LetGo };

    ClinicAccounts(Database& db, const Clock& clock, QObject* parent = nullptr);

    // The account of (fhirBase, patientId), made on first use; from now on the current one.
    Result<ClinicAccount, StoreError> use(const QUrl& fhirBase, const QString& patientId,
                                          EarlierState earlier);
    // nullopt before the profile was first signed in to a clinic.
    Result<std::optional<ClinicAccount>, StoreError> current() const;
    Result<ClinicAccount, StoreError> read(ClinicAccountId account) const;
    Result<void, StoreError> setName(ClinicAccountId account, const QString& name);

Q_SIGNALS:
    // The current account changed, or its name did.
    void changed();

private:
    Result<void, StoreError> settleEarlierState(ClinicAccountId account, bool claim);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
