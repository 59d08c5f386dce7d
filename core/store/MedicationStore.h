#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/Medication.h"
#include "store/Database.h"

#include <QObject>
#include <vector>

namespace stepstone {

// The medicines of the client's treatment as the client keeps them, in the encrypted database.
// A delete leaves a tombstone (id and times; the name, prescriber and codes erased); the marks
// already made on its doses stay the client's history. Every change is queued for every clinic
// account in the same transaction, as every record is.
class MedicationStore : public QObject {
    Q_OBJECT
public:
    // How the sync outbox names a medication.
    static constexpr char kRecordType[] = "medication";

    MedicationStore(Database& db, const Clock& clock, QObject* parent = nullptr);

    Result<Medication, StoreError> add(const MedicationEntry& entry);
    Result<Medication, StoreError> update(const QUuid& id, const MedicationEntry& entry);
    Result<void, StoreError> remove(const QUuid& id);
    // A removed medication back as it was, under its own id (NotFound unless it was removed).
    Result<Medication, StoreError> restore(const Medication& medication);
    // A live medication; NotFound once removed.
    Result<Medication, StoreError> find(const QUuid& id) const;
    // Live medications by name.
    Result<std::vector<Medication>, StoreError> live() const;

Q_SIGNALS:
    void changed();

private:
    Result<Medication, StoreError> rewrite(const char* sql, const QUuid& id,
                                           const MedicationEntry& entry, const char* notFound);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
