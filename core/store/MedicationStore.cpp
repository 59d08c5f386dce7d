#include "store/MedicationStore.h"

#include "common/LocalTime.h"
#include "model/MedicationInput.h"
#include "store/Outbox.h"
#include "store/StoredMoment.h"
#include "store/Tombstone.h"

#include <QStringList>

namespace stepstone {

namespace {

constexpr char kInsert[] = R"sql(
INSERT INTO medication (id, name, dose_value, dose_unit, schedule_kind, times_of_day, clinic_days,
                        refill_on, prescriber, rxnorm_code, clinic_request_id, created_at,
                        created_offset_s, updated_at, updated_offset_s)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?12, ?13))sql";

constexpr char kUpdate[] = R"sql(
UPDATE medication SET name = ?2, dose_value = ?3, dose_unit = ?4, schedule_kind = ?5,
                      times_of_day = ?6, clinic_days = ?7, refill_on = ?8, prescriber = ?9,
                      rxnorm_code = ?10, clinic_request_id = ?11, updated_at = ?12,
                      updated_offset_s = ?13
WHERE id = ?1 AND deleted_at IS NULL)sql";

constexpr char kRestore[] = R"sql(
UPDATE medication SET name = ?2, dose_value = ?3, dose_unit = ?4, schedule_kind = ?5,
                      times_of_day = ?6, clinic_days = ?7, refill_on = ?8, prescriber = ?9,
                      rxnorm_code = ?10, clinic_request_id = ?11, updated_at = ?12,
                      updated_offset_s = ?13, deleted_at = NULL
WHERE id = ?1 AND deleted_at IS NOT NULL)sql";

constexpr char kTombstone[] = R"sql(
UPDATE medication SET name = '', prescriber = '', rxnorm_code = '', clinic_request_id = '',
                      refill_on = NULL, updated_at = ?2, updated_offset_s = ?3, deleted_at = ?2
WHERE id = ?1 AND deleted_at IS NULL)sql";

#define SELECT_MEDICATION                                                                          \
    "SELECT id, name, dose_value, dose_unit, schedule_kind, times_of_day, clinic_days, "           \
    "refill_on, prescriber, rxnorm_code, clinic_request_id, created_at, created_offset_s, "        \
    "updated_at, updated_offset_s FROM medication "

constexpr char kSelectOne[] = SELECT_MEDICATION "WHERE id = ?1 AND deleted_at IS NULL";
constexpr char kSelectLive[] =
    SELECT_MEDICATION "WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, created_at";

#undef SELECT_MEDICATION

QString clinicDaysText(const std::vector<Qt::DayOfWeek>& days) {
    QStringList numbers;
    for (Qt::DayOfWeek day : days)
        numbers << QString::number(int(day));
    return numbers.join(u' ');
}

std::optional<std::vector<Qt::DayOfWeek>> clinicDaysFrom(const QString& text) {
    std::vector<Qt::DayOfWeek> days;
    for (const QString& number : text.split(u' ', Qt::SkipEmptyParts)) {
        const int day = number.toInt();
        if (day < Qt::Monday || day > Qt::Sunday)
            return std::nullopt;
        days.push_back(Qt::DayOfWeek(day));
    }
    return days;
}

StoreError unreadable() {
    return StoreError{StoreErrorKind::Corrupt, QStringLiteral("medication row unreadable")};
}

Result<Medication, StoreError> readRow(const Statement& row) {
    Medication medication;
    medication.id = QUuid::fromString(row.text(0));
    MedicationEntry& entry = medication.entry;
    entry.name = row.text(1);
    entry.dose = {row.real(2), row.text(3)};
    const auto kind = scheduleKindFromCode(row.text(4));
    const QString times = row.text(5);
    auto timesOfDay = times.isEmpty()
                          ? Result<std::vector<QTime>, MedicationProblem>(std::vector<QTime>())
                          : readTimesOfDay(times);
    auto clinicDays = clinicDaysFrom(row.text(6));
    if (medication.id.isNull() || !kind || !timesOfDay || !clinicDays)
        return fail(unreadable());
    entry.schedule = {*kind, std::move(*timesOfDay), std::move(*clinicDays)};
    if (!row.isNull(7)) {
        entry.refillOn = QDate::fromString(row.text(7), Qt::ISODate);
        if (!entry.refillOn->isValid())
            return fail(unreadable());
    }
    entry.prescriber = row.text(8);
    entry.rxNormCode = row.text(9);
    entry.clinicRequestId = row.text(10);
    medication.createdAt = storedMoment(row.integer(11), int(row.integer(12)));
    medication.updatedAt = storedMoment(row.integer(13), int(row.integer(14)));
    return medication;
}

void bindEntry(Statement& statement, const MedicationEntry& entry) {
    statement.bind(2, entry.name.simplified())
        .bind(3, entry.dose.value)
        .bind(4, entry.dose.unit.trimmed())
        .bind(5, codeFor(entry.schedule.kind))
        .bind(6, timesOfDayText(entry.schedule.timesOfDay))
        .bind(7, clinicDaysText(entry.schedule.clinicDays))
        .bind(9, entry.prescriber)
        .bind(10, entry.rxNormCode)
        .bind(11, entry.clinicRequestId);
    if (entry.refillOn)
        statement.bind(8, entry.refillOn->toString(Qt::ISODate));
    else
        statement.bindNull(8);
}

StoreError invalidEntry() {
    return StoreError{StoreErrorKind::InvalidInput, QStringLiteral("medication not valid")};
}

Result<void, StoreError> queue(Database& db, const QUuid& id, qint64 nowMs) {
    return Outbox(db).enqueueForEveryAccount(QString::fromLatin1(MedicationStore::kRecordType),
                                             idText(id), nowMs);
}

} // namespace

MedicationStore::MedicationStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<Medication, StoreError> MedicationStore::add(const MedicationEntry& entry) {
    if (!entry.isValid())
        return fail(invalidEntry());
    const QUuid id = QUuid::createUuid();
    const QDateTime now = localNow(m_clock);
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto insert = m_db.prepared(kInsert);
        if (!insert)
            return fail(insert.error());
        bindEntry(**insert, entry);
        (*insert)->bind(1, idText(id)).bind(12, millis(now)).bind(13, offsetToKeep(now));
        if (auto ran = (*insert)->run(); !ran)
            return ran;
        return queue(m_db, id, millis(now));
    });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return find(id);
}

Result<Medication, StoreError> MedicationStore::update(const QUuid& id,
                                                       const MedicationEntry& entry) {
    return rewrite(kUpdate, id, entry, "no live medication");
}

Result<Medication, StoreError> MedicationStore::restore(const Medication& medication) {
    return rewrite(kRestore, medication.id, medication.entry, "no removed medication");
}

Result<Medication, StoreError> MedicationStore::rewrite(const char* sql, const QUuid& id,
                                                        const MedicationEntry& entry,
                                                        const char* notFound) {
    if (!entry.isValid())
        return fail(invalidEntry());
    const QDateTime now = localNow(m_clock);
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto statement = m_db.prepared(sql);
        if (!statement)
            return fail(statement.error());
        bindEntry(**statement, entry);
        (*statement)->bind(1, idText(id)).bind(12, millis(now)).bind(13, offsetToKeep(now));
        if (auto ran = (*statement)->run(); !ran)
            return ran;
        if (m_db.changes() == 0)
            return fail(StoreError{StoreErrorKind::NotFound, QString::fromLatin1(notFound)});
        return queue(m_db, id, millis(now));
    });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return find(id);
}

Result<void, StoreError> MedicationStore::remove(const QUuid& id) {
    auto written =
        writeTombstone(m_db, kTombstone, id, localNow(m_clock), kRecordType, "no live medication");
    if (!written)
        return written;
    Q_EMIT changed();
    return {};
}

Result<Medication, StoreError> MedicationStore::find(const QUuid& id) const {
    auto select = m_db.prepared(kSelectOne);
    if (!select)
        return fail(select.error());
    return (*select)->bind(1, idText(id)).readOne(readRow, "no such medication");
}

Result<std::vector<Medication>, StoreError> MedicationStore::live() const {
    auto select = m_db.prepared(kSelectLive);
    if (!select)
        return fail(select.error());
    return (*select)->readAll(readRow);
}

} // namespace stepstone
