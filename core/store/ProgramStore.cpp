#include "store/ProgramStore.h"

#include "common/LocalTime.h"
#include "store/Outbox.h"
#include "store/StoredMoment.h"

namespace stepstone {

namespace {

constexpr char kSelect[] =
    "SELECT id, level, step_down_on, updated_at, updated_offset_s FROM program LIMIT 1";

constexpr char kInsert[] = R"sql(
INSERT INTO program (id, level, step_down_on, updated_at, updated_offset_s)
VALUES (?1, ?2, ?3, ?4, ?5))sql";

constexpr char kUpdate[] = R"sql(
UPDATE program SET level = ?2, step_down_on = ?3, updated_at = ?4, updated_offset_s = ?5
WHERE id = ?1)sql";

Result<Program, StoreError> readRow(const Statement& row) {
    Program program;
    program.id = QUuid::fromString(row.text(0));
    const auto level = levelFromCode(row.text(1));
    if (program.id.isNull() || !level)
        return fail(StoreError{StoreErrorKind::Corrupt, QStringLiteral("program row unreadable")});
    program.status.level = *level;
    if (!row.isNull(2)) {
        const QDate day = QDate::fromString(row.text(2), Qt::ISODate);
        if (!day.isValid())
            return fail(
                StoreError{StoreErrorKind::Corrupt, QStringLiteral("program date unreadable")});
        program.status.stepDownOn = day;
    }
    program.updatedAt = storedMoment(row.integer(3), int(row.integer(4)));
    return program;
}

} // namespace

ProgramStore::ProgramStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<Program, StoreError> ProgramStore::set(const ProgramStatus& status) {
    if (!status.isValid())
        return fail(StoreError{StoreErrorKind::InvalidInput, QStringLiteral("program invalid")});
    const QDateTime now = localNow(m_clock);
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto existing = read();
        if (!existing && existing.error().kind != StoreErrorKind::NotFound)
            return fail(existing.error());
        const QUuid id = existing ? existing->id : QUuid::createUuid();
        auto write = m_db.prepared(existing ? kUpdate : kInsert);
        if (!write)
            return fail(write.error());
        (*write)->bind(1, idText(id)).bind(2, levelCode(status.level));
        if (status.stepDownOn)
            (*write)->bind(3, status.stepDownOn->toString(Qt::ISODate));
        else
            (*write)->bindNull(3);
        (*write)->bind(4, millis(now)).bind(5, offsetToKeep(now));
        if (auto ran = (*write)->run(); !ran)
            return ran;
        return Outbox(m_db).enqueueForEveryAccount(QString::fromLatin1(kRecordType), idText(id),
                                                   millis(now));
    });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return read();
}

Result<Program, StoreError> ProgramStore::read() const {
    auto select = m_db.prepared(kSelect);
    if (!select)
        return fail(select.error());
    return (*select)->readOne(readRow, "no program yet");
}

} // namespace stepstone
