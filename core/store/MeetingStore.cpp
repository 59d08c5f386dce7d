#include "store/MeetingStore.h"

#include "common/LocalTime.h"
#include "store/Outbox.h"
#include "store/StoredMoment.h"
#include "store/Tombstone.h"

namespace stepstone {

namespace {

constexpr char kInsert[] = R"sql(
INSERT INTO meeting (id, name, kind, weekday, time_of_day, place, link, note, created_at,
                     created_offset_s, updated_at, updated_offset_s)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9, ?10))sql";

constexpr char kUpdate[] = R"sql(
UPDATE meeting SET name = ?2, kind = ?3, weekday = ?4, time_of_day = ?5, place = ?6, link = ?7,
                   note = ?8, updated_at = ?9, updated_offset_s = ?10
WHERE id = ?1 AND deleted_at IS NULL)sql";

constexpr char kRestore[] = R"sql(
UPDATE meeting SET name = ?2, kind = ?3, weekday = ?4, time_of_day = ?5, place = ?6, link = ?7,
                   note = ?8, updated_at = ?9, updated_offset_s = ?10, deleted_at = NULL
WHERE id = ?1 AND deleted_at IS NOT NULL)sql";

constexpr char kTombstone[] = R"sql(
UPDATE meeting SET name = '', place = '', link = '', note = '', updated_at = ?2,
                   updated_offset_s = ?3, deleted_at = ?2
WHERE id = ?1 AND deleted_at IS NULL)sql";

#define SELECT_MEETING                                                                             \
    "SELECT id, name, kind, weekday, time_of_day, place, link, note, created_at, "                 \
    "created_offset_s, updated_at, updated_offset_s FROM meeting "

constexpr char kSelectOne[] = SELECT_MEETING "WHERE id = ?1";
constexpr char kSelectLive[] =
    SELECT_MEETING "WHERE deleted_at IS NULL ORDER BY weekday, time_of_day, name, id";

#undef SELECT_MEETING

Result<Meeting, StoreError> readRow(const Statement& row) {
    Meeting meeting;
    meeting.id = QUuid::fromString(row.text(0));
    const auto kind = meetingKindFromCode(row.text(2));
    const auto time = timeOfDayFromText(row.text(4));
    if (meeting.id.isNull() || !kind || !time)
        return fail(StoreError{StoreErrorKind::Corrupt, QStringLiteral("meeting row unreadable")});
    meeting.details.name = row.text(1);
    meeting.details.kind = *kind;
    meeting.details.weekday = int(row.integer(3));
    meeting.details.timeOfDay = *time;
    meeting.details.place = row.text(5);
    meeting.details.link = row.text(6);
    meeting.details.note = row.text(7);
    meeting.createdAt = storedMoment(row.integer(8), int(row.integer(9)));
    meeting.updatedAt = storedMoment(row.integer(10), int(row.integer(11)));
    return meeting;
}

Result<void, StoreError> queue(Database& db, const QUuid& id, qint64 nowMs) {
    return Outbox(db).enqueueForEveryAccount(QString::fromLatin1(MeetingStore::kRecordType),
                                             idText(id), nowMs);
}

StoreError invalid(MeetingProblem problem) {
    // The kind only: the detail never carries what the client wrote.
    return StoreError{StoreErrorKind::InvalidInput,
                      QStringLiteral("meeting problem %1").arg(int(problem))};
}

} // namespace

MeetingStore::MeetingStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<Meeting, StoreError> MeetingStore::add(const MeetingDetails& details) {
    return write(kInsert, QUuid::createUuid(), details);
}

Result<Meeting, StoreError> MeetingStore::update(const QUuid& id, const MeetingDetails& details) {
    return write(kUpdate, id, details);
}

Result<Meeting, StoreError> MeetingStore::restore(const Meeting& meeting) {
    return write(kRestore, meeting.id, meeting.details);
}

Result<Meeting, StoreError> MeetingStore::write(const char* sql, const QUuid& id,
                                                const MeetingDetails& details) {
    if (const auto problem = problemWith(details))
        return fail(invalid(*problem));
    const QDateTime now = localNow(m_clock);
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto statement = m_db.prepared(sql);
        if (!statement)
            return fail(statement.error());
        (*statement)
            ->bind(1, idText(id))
            .bind(2, details.name)
            .bind(3, meetingKindCode(details.kind))
            .bind(4, details.weekday)
            .bind(5, timeOfDayText(details.timeOfDay))
            .bind(6, details.place)
            .bind(7, details.link)
            .bind(8, details.note)
            .bind(9, millis(now))
            .bind(10, offsetToKeep(now));
        if (auto ran = (*statement)->run(); !ran)
            return ran;
        if (m_db.changes() == 0)
            return fail(StoreError{StoreErrorKind::NotFound, QStringLiteral("no such meeting")});
        return queue(m_db, id, millis(now));
    });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return find(id);
}

Result<void, StoreError> MeetingStore::remove(const QUuid& id) {
    auto written =
        writeTombstone(m_db, kTombstone, id, localNow(m_clock), kRecordType, "no live meeting");
    if (!written)
        return written;
    Q_EMIT changed();
    return {};
}

Result<Meeting, StoreError> MeetingStore::find(const QUuid& id) const {
    auto select = m_db.prepared(kSelectOne);
    if (!select)
        return fail(select.error());
    return (*select)->bind(1, idText(id)).readOne(readRow, "no such meeting");
}

Result<std::vector<Meeting>, StoreError> MeetingStore::list() const {
    auto select = m_db.prepared(kSelectLive);
    if (!select)
        return fail(select.error());
    std::vector<Meeting> meetings;
    std::optional<StoreError> unreadable;
    auto read = (*select)->forEachRow([&](const Statement& row) {
        auto meeting = readRow(row);
        if (meeting)
            meetings.push_back(std::move(*meeting));
        else if (!unreadable)
            unreadable = meeting.error();
    });
    if (!read)
        return fail(read.error());
    if (unreadable)
        return fail(*unreadable);
    return meetings;
}

} // namespace stepstone
