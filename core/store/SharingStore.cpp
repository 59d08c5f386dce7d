#include "store/SharingStore.h"

#include "store/CravingLogStore.h"
#include "sync/CravingUpload.h"
#include "sync/SyncOutbox.h"

namespace stepstone {

namespace {

constexpr char kSelectChoice[] = "SELECT consent_id, sharing, decided_at, decided_offset_s "
                                 "FROM sharing_choice WHERE category = ?1";
constexpr char kWriteChoice[] = R"sql(
INSERT OR REPLACE INTO sharing_choice (category, consent_id, sharing, decided_at, decided_offset_s)
VALUES (?1, ?2, ?3, ?4, ?5))sql";

// Live logs the server has never had, and deleted ones it still has. A log already queued keeps
// its place in the queue.
constexpr char kQueueUnshared[] = R"sql(
INSERT OR IGNORE INTO sync_outbox (resource_type, record_id, queued_at)
SELECT ?1, l.id, ?3 FROM craving_log l
WHERE (l.deleted_at IS NULL) <> EXISTS (SELECT 1 FROM sync_remote_version v
                                        WHERE v.resource_type = ?2 AND v.record_id = l.id))sql";

} // namespace

SharingStore::SharingStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<SharingState, StoreError> SharingStore::cravings() const {
    return choice(QLatin1String(kCravings));
}

Result<void, StoreError> SharingStore::setCravingSharing(bool on, const QDateTime& at) {
    if (!at.isValid())
        return fail(StoreError{StoreErrorKind::InvalidInput, QStringLiteral("no decision time")});
    const QString category = QLatin1String(kCravings);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto before = choice(category);
        if (!before)
            return fail(before.error());
        const QUuid consentId =
            before->consentId.isNull() ? QUuid::createUuid() : before->consentId;
        auto write = m_db.prepared(kWriteChoice);
        if (!write)
            return fail(write.error());
        if (auto ran = (*write)
                           ->bind(1, category)
                           .bind(2, consentId.toString(QUuid::WithoutBraces))
                           .bind(3, on ? 1 : 0)
                           .bind(4, at.toMSecsSinceEpoch())
                           .bind(5, at.offsetFromUtc())
                           .run();
            !ran)
            return ran;
        if (auto queued = SyncOutbox(m_db).enqueue(QLatin1String(kRecordType), category, now);
            !queued)
            return queued;
        return on ? queueUnsharedCravings(now) : Result<void, StoreError>();
    });
    if (!written)
        return written;
    Q_EMIT changed();
    return {};
}

Result<SharingState, StoreError> SharingStore::choice(const QString& category) const {
    auto select = m_db.prepared(kSelectChoice);
    if (!select)
        return fail(select.error());
    auto row = (*select)->bind(1, category).step();
    if (!row)
        return fail(row.error());
    SharingState state;
    if (*row) {
        const Statement& r = **select;
        state.consentId = QUuid::fromString(r.text(0));
        state.sharing = r.integer(1) != 0;
        state.decidedAt =
            QDateTime::fromMSecsSinceEpoch(r.integer(2), Qt::OffsetFromUTC, int(r.integer(3)));
    }
    (*select)->reset();
    if (state.decidedAt.isValid() && state.consentId.isNull())
        return fail(StoreError{StoreErrorKind::Corrupt, QStringLiteral("unreadable consent id")});
    return state;
}

Result<void, StoreError> SharingStore::queueUnsharedCravings(qint64 nowMs) {
    auto queue = m_db.prepared(kQueueUnshared);
    if (!queue)
        return fail(queue.error());
    return (*queue)
        ->bind(1, QLatin1String(CravingLogStore::kRecordType))
        .bind(2, QLatin1String(CravingUpload::kResourceType))
        .bind(3, nowMs)
        .run();
}

} // namespace stepstone
