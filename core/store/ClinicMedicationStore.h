#pragma once

#include "common/Result.h"
#include "model/ClinicAccount.h"
#include "model/ClinicMedication.h"
#include "store/Database.h"

#include <QObject>
#include <QSet>
#include <vector>

namespace stepstone {

// The medicines each clinic account lists for the client (its current MedicationRequests), as
// last downloaded. Read-only for the client: only a download changes it.
class ClinicMedicationStore : public QObject {
    Q_OBJECT
public:
    explicit ClinicMedicationStore(Database& db, QObject* parent = nullptr);

    // Makes the account's list `listed`, in one transaction: rows not in it are removed unless
    // their id is in `keepAsStored` (an entry the download could not read keeps what the device
    // had). Announces `changed` when the list differs.
    Result<void, StoreError> replace(ClinicAccountId account,
                                     const std::vector<ClinicMedication>& listed,
                                     const QSet<QString>& keepAsStored);

    // The account's list, by name.
    Result<std::vector<ClinicMedication>, StoreError> list(ClinicAccountId account) const;

Q_SIGNALS:
    void changed();

private:
    Database& m_db;
};

} // namespace stepstone
