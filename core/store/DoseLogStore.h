#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/DoseDay.h"
#include "model/Medication.h"
#include "store/Database.h"
#include "store/MedicationStore.h"

#include <QObject>
#include <vector>

namespace stepstone {

// The client's marks on scheduled doses: one live mark per medication and slot, taken or
// skipped, changed by marking the slot again, undone by a tombstone (the reason erased). A slot
// with no mark once past is missed, which is computed (dosesOfDay), never written. Every change
// is queued for every clinic account in the same transaction, as every record is.
class DoseLogStore : public QObject {
    Q_OBJECT
public:
    // How the sync outbox names a dose mark.
    static constexpr char kRecordType[] = "dose";
    // The live marks due within [?1, ?2) in UTC milliseconds: what a day's doses read.
    static constexpr char kSelectDueBetween[] =
        "SELECT id, medication_id, due_at, due_offset_s, outcome, reason, recorded_at, "
        "recorded_offset_s, updated_at, updated_offset_s FROM dose_event "
        "WHERE deleted_at IS NULL AND due_at >= ?1 AND due_at < ?2";

    DoseLogStore(Database& db, const MedicationStore& medications, const Clock& clock,
                 QObject* parent = nullptr);

    // Marks the slot taken or skipped in one call; a slot already marked gets the new mark (the
    // same record, changed). NotFound when the medication is not a live one.
    Result<DoseEvent, StoreError> mark(const DoseMark& mark);
    // Takes a mark back: the slot is unmarked again.
    Result<void, StoreError> undo(const QUuid& id);
    Result<DoseEvent, StoreError> find(const QUuid& id) const;
    Result<std::vector<DoseEvent>, StoreError> dueBetween(const QDateTime& from,
                                                          const QDateTime& to) const;
    // The doses of the client's local day on the device's clock, as of now.
    Result<std::vector<DoseSlot>, StoreError> doses(const QDate& day) const;

Q_SIGNALS:
    void changed();

private:
    Database& m_db;
    const MedicationStore& m_medications;
    const Clock& m_clock;
};

} // namespace stepstone
