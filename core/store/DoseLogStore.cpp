#include "store/DoseLogStore.h"

#include "common/LocalTime.h"
#include "store/Outbox.h"
#include "store/StoredMoment.h"
#include "store/Tombstone.h"

namespace stepstone {

namespace {

constexpr char kInsert[] = R"sql(
INSERT INTO dose_event (id, medication_id, due_at, due_offset_s, outcome, reason, recorded_at,
                        recorded_offset_s, updated_at, updated_offset_s)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7, ?8))sql";

constexpr char kChange[] = R"sql(
UPDATE dose_event SET outcome = ?2, reason = ?3, updated_at = ?4, updated_offset_s = ?5
WHERE id = ?1 AND deleted_at IS NULL)sql";

constexpr char kTombstone[] = R"sql(
UPDATE dose_event SET reason = '', updated_at = ?2, updated_offset_s = ?3, deleted_at = ?2
WHERE id = ?1 AND deleted_at IS NULL)sql";

constexpr char kLiveMedication[] = "SELECT 1 FROM medication WHERE id = ?1 AND deleted_at IS NULL";

constexpr char kSlotMark[] =
    "SELECT id FROM dose_event WHERE medication_id = ?1 AND due_at = ?2 AND deleted_at IS NULL";

constexpr char kSelectOne[] =
    "SELECT id, medication_id, due_at, due_offset_s, outcome, reason, recorded_at, "
    "recorded_offset_s, updated_at, updated_offset_s FROM dose_event "
    "WHERE id = ?1 AND deleted_at IS NULL";

Result<DoseEvent, StoreError> readRow(const Statement& row) {
    DoseEvent event;
    event.id = QUuid::fromString(row.text(0));
    event.mark.medicationId = QUuid::fromString(row.text(1));
    const auto outcome = doseOutcomeFromCode(row.text(4));
    if (event.id.isNull() || event.mark.medicationId.isNull() || !outcome)
        return fail(StoreError{StoreErrorKind::Corrupt, QStringLiteral("dose row unreadable")});
    event.mark.dueAt = storedMoment(row.integer(2), int(row.integer(3)));
    event.mark.outcome = *outcome;
    event.mark.reason = row.text(5);
    event.recordedAt = storedMoment(row.integer(6), int(row.integer(7)));
    event.updatedAt = storedMoment(row.integer(8), int(row.integer(9)));
    return event;
}

Result<void, StoreError> queue(Database& db, const QUuid& id, qint64 nowMs) {
    return Outbox(db).enqueueForEveryAccount(QString::fromLatin1(DoseLogStore::kRecordType),
                                             idText(id), nowMs);
}

// The live mark on the slot, if any.
Result<std::optional<QUuid>, StoreError> slotMark(Database& db, const DoseMark& mark) {
    auto select = db.prepared(kSlotMark);
    if (!select)
        return fail(select.error());
    std::optional<QUuid> id;
    auto read = (*select)
                    ->bind(1, idText(mark.medicationId))
                    .bind(2, millis(mark.dueAt))
                    .forEachRow([&](const Statement& row) { id = QUuid::fromString(row.text(0)); });
    if (!read)
        return fail(read.error());
    return id;
}

Result<void, StoreError> requireLiveMedication(Database& db, const QUuid& medicationId) {
    auto select = db.prepared(kLiveMedication);
    if (!select)
        return fail(select.error());
    auto found = (*select)
                     ->bind(1, idText(medicationId))
                     .readOne([](const Statement&) -> Result<bool, StoreError> { return true; },
                              "no live medication");
    if (!found)
        return fail(found.error());
    return {};
}

} // namespace

DoseLogStore::DoseLogStore(Database& db, const MedicationStore& medications, const Clock& clock,
                           QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_medications(medications)
    , m_clock(clock) {}

Result<DoseEvent, StoreError> DoseLogStore::mark(const DoseMark& mark) {
    if (!mark.isValid())
        return fail(
            StoreError{StoreErrorKind::InvalidInput, QStringLiteral("dose mark not valid")});
    const QDateTime now = localNow(m_clock);
    QUuid id;
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        if (auto live = requireLiveMedication(m_db, mark.medicationId); !live)
            return live;
        auto existing = slotMark(m_db, mark);
        if (!existing)
            return fail(existing.error());
        if (*existing) {
            id = **existing;
            auto change = m_db.prepared(kChange);
            if (!change)
                return fail(change.error());
            if (auto ran = (*change)
                               ->bind(1, idText(id))
                               .bind(2, codeFor(mark.outcome))
                               .bind(3, mark.reason.trimmed())
                               .bind(4, millis(now))
                               .bind(5, offsetToKeep(now))
                               .run();
                !ran)
                return ran;
        } else {
            id = QUuid::createUuid();
            auto insert = m_db.prepared(kInsert);
            if (!insert)
                return fail(insert.error());
            if (auto ran = (*insert)
                               ->bind(1, idText(id))
                               .bind(2, idText(mark.medicationId))
                               .bind(3, millis(mark.dueAt))
                               .bind(4, offsetToKeep(mark.dueAt))
                               .bind(5, codeFor(mark.outcome))
                               .bind(6, mark.reason.trimmed())
                               .bind(7, millis(now))
                               .bind(8, offsetToKeep(now))
                               .run();
                !ran)
                return ran;
        }
        return queue(m_db, id, millis(now));
    });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return find(id);
}

Result<void, StoreError> DoseLogStore::undo(const QUuid& id) {
    auto written =
        writeTombstone(m_db, kTombstone, id, localNow(m_clock), kRecordType, "no live dose mark");
    if (!written)
        return written;
    Q_EMIT changed();
    return {};
}

Result<DoseEvent, StoreError> DoseLogStore::find(const QUuid& id) const {
    auto select = m_db.prepared(kSelectOne);
    if (!select)
        return fail(select.error());
    return (*select)->bind(1, idText(id)).readOne(readRow, "no such dose mark");
}

Result<std::vector<DoseEvent>, StoreError> DoseLogStore::dueBetween(const QDateTime& from,
                                                                    const QDateTime& to) const {
    auto select = m_db.prepared(kSelectDueBetween);
    if (!select)
        return fail(select.error());
    return (*select)->bind(1, millis(from)).bind(2, millis(to)).readAll(readRow);
}

Result<std::vector<DoseSlot>, StoreError> DoseLogStore::doses(const QDate& day) const {
    auto medications = m_medications.live();
    if (!medications)
        return fail(medications.error());
    const DoseWindow window = doseWindowOf(day);
    auto marks = dueBetween(window.from, window.to);
    if (!marks)
        return fail(marks.error());
    return dosesOfDay(*medications, *marks, day, localNow(m_clock));
}

} // namespace stepstone
