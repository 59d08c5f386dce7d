#include "store/PlanStore.h"

#include "common/LocalTime.h"
#include "store/Outbox.h"
#include "store/StoredMoment.h"

namespace stepstone {

namespace {

constexpr char kSelectPlan[] = R"sql(
SELECT id, questionnaire, created_at, created_offset_s, updated_at, updated_offset_s, deleted_at
FROM plan LIMIT 1)sql";

constexpr char kSelectEntries[] = R"sql(
SELECT section, text, phone, when_to_call FROM plan_entry WHERE plan_id = ?1
ORDER BY section, position)sql";

constexpr char kInsertPlan[] = R"sql(
INSERT INTO plan (id, questionnaire, created_at, created_offset_s, updated_at, updated_offset_s)
VALUES (?1, ?2, ?3, ?4, ?3, ?4))sql";

constexpr char kUpdatePlan[] = R"sql(
UPDATE plan SET questionnaire = ?2, updated_at = ?3, updated_offset_s = ?4, deleted_at = NULL
WHERE id = ?1)sql";

constexpr char kTombstone[] = R"sql(
UPDATE plan SET updated_at = ?2, updated_offset_s = ?3, deleted_at = ?2
WHERE id = ?1 AND deleted_at IS NULL)sql";

constexpr char kDeleteEntries[] = "DELETE FROM plan_entry WHERE plan_id = ?1";

constexpr char kInsertEntry[] = R"sql(
INSERT INTO plan_entry (plan_id, section, position, text, phone, when_to_call)
VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql";

} // namespace

PlanStore::PlanStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<RelapsePlan, StoreError> PlanStore::plan() const {
    auto select = m_db.prepared(kSelectPlan);
    if (!select)
        return fail(select.error());
    auto row = (*select)->step();
    if (!row)
        return fail(row.error());
    RelapsePlan plan;
    if (!*row)
        return plan;
    Statement& found = **select;
    plan.id = QUuid::fromString(found.text(0));
    plan.questionnaire = found.text(1);
    plan.createdAt = storedMoment(found.integer(2), int(found.integer(3)));
    plan.updatedAt = storedMoment(found.integer(4), int(found.integer(5)));
    if (!found.isNull(6))
        plan.deletedAt = QDateTime::fromMSecsSinceEpoch(found.integer(6), Qt::UTC);
    found.reset();
    if (plan.id.isNull())
        return fail(StoreError{StoreErrorKind::Corrupt, QStringLiteral("unreadable plan row")});

    auto entries = m_db.prepared(kSelectEntries);
    if (!entries)
        return fail(entries.error());
    (*entries)->bind(1, idText(plan.id));
    auto read = (*entries)->forEachRow([&](Statement& entry) {
        plan.content[entry.text(0)].push_back({entry.text(1), entry.text(2), entry.text(3)});
    });
    if (!read)
        return fail(read.error());
    return plan;
}

Result<RelapsePlan, StoreError> PlanStore::save(const PlanContent& content,
                                                const QString& questionnaire) {
    if (const QString problem = planContentProblem(content); !problem.isEmpty())
        return fail(StoreError{StoreErrorKind::InvalidInput, problem});
    if (questionnaire.isEmpty())
        return fail(StoreError{StoreErrorKind::InvalidInput, QStringLiteral("no questionnaire")});
    auto existing = plan();
    if (!existing)
        return fail(existing.error());
    const QUuid id = existing->id.isNull() ? QUuid::createUuid() : existing->id;
    const QDateTime now = localNow(m_clock);
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto write = m_db.prepared(existing->id.isNull() ? kInsertPlan : kUpdatePlan);
        if (!write)
            return fail(write.error());
        auto ran = (*write)
                       ->bind(1, idText(id))
                       .bind(2, questionnaire)
                       .bind(3, now.toMSecsSinceEpoch())
                       .bind(4, offsetToKeep(now))
                       .run();
        if (!ran)
            return ran;
        if (auto entries = writeEntries(idText(id), content); !entries)
            return entries;
        return Outbox(m_db).enqueueForEveryAccount(kRecordType, idText(id),
                                                   now.toMSecsSinceEpoch());
    });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return plan();
}

Result<void, StoreError> PlanStore::erase() {
    auto existing = plan();
    if (!existing)
        return fail(existing.error());
    if (existing->id.isNull() || existing->deletedAt)
        return {};
    const QDateTime now = localNow(m_clock);
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto tombstone = m_db.prepared(kTombstone);
        if (!tombstone)
            return fail(tombstone.error());
        auto ran = (*tombstone)
                       ->bind(1, idText(existing->id))
                       .bind(2, now.toMSecsSinceEpoch())
                       .bind(3, offsetToKeep(now))
                       .run();
        if (!ran)
            return ran;
        if (auto entries = writeEntries(idText(existing->id), {}); !entries)
            return entries;
        return Outbox(m_db).enqueueForEveryAccount(kRecordType, idText(existing->id),
                                                   now.toMSecsSinceEpoch());
    });
    if (!written)
        return written;
    Q_EMIT changed();
    return {};
}

Result<void, StoreError> PlanStore::writeEntries(const QString& planId,
                                                 const PlanContent& content) {
    auto clear = m_db.prepared(kDeleteEntries);
    if (!clear)
        return fail(clear.error());
    if (auto ran = (*clear)->bind(1, planId).run(); !ran)
        return ran;
    for (const auto& [section, entries] : content) {
        for (size_t position = 0; position < entries.size(); ++position) {
            const PlanEntry& entry = entries[position];
            auto insert = m_db.prepared(kInsertEntry);
            if (!insert)
                return fail(insert.error());
            auto ran = (*insert)
                           ->bind(1, planId)
                           .bind(2, section)
                           .bind(3, qint64(position))
                           .bind(4, entry.text)
                           .bind(5, entry.phone)
                           .bind(6, entry.whenToCall)
                           .run();
            if (!ran)
                return ran;
        }
    }
    return {};
}

} // namespace stepstone
