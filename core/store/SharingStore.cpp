#include "store/SharingStore.h"

#include "store/CravingLogStore.h"
#include "store/Outbox.h"
#include "store/StoredMoment.h"

namespace stepstone {

namespace {

constexpr char kSelectChoice[] = "SELECT consent_id, sharing, decided_at, decided_offset_s "
                                 "FROM sharing WHERE account_id = ?1 AND category = ?2";
constexpr char kWriteChoice[] = R"sql(
INSERT OR REPLACE INTO sharing (account_id, category, consent_id, sharing, decided_at,
                                decided_offset_s)
VALUES (?6, ?1, ?2, ?3, ?4, ?5))sql";

// Live logs the account's server has never had, and deleted ones it still has. A log already
// queued keeps its place in the queue.
constexpr char kQueueUnshared[] = R"sql(
INSERT OR IGNORE INTO outbox (account_id, record_type, record_id, queued_at)
SELECT ?1, ?2, l.id, ?3 FROM craving_log l
WHERE (l.deleted_at IS NULL) <> EXISTS (SELECT 1 FROM remote_version v
                                        WHERE v.account_id = ?1 AND v.record_type = ?2
                                          AND v.record_id = l.id))sql";

} // namespace

SharingStore::SharingStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<SharingState, StoreError> SharingStore::cravings(ClinicAccountId account) const {
    return choice(account, QLatin1String(kCravings));
}

Result<void, StoreError> SharingStore::setCravingSharing(ClinicAccountId account, bool on,
                                                         const QDateTime& at) {
    if (!at.isValid())
        return fail(StoreError{StoreErrorKind::InvalidInput, QStringLiteral("no decision time")});
    const QString category = QLatin1String(kCravings);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto before = choice(account, category);
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
                           .bind(5, offsetToKeep(at))
                           .bind(6, account.value)
                           .run();
            !ran)
            return ran;
        if (auto queued = Outbox(m_db).enqueue(account, QLatin1String(kRecordType), category, now);
            !queued)
            return queued;
        return on ? queueUnsharedCravings(account, now) : Result<void, StoreError>();
    });
    if (!written)
        return written;
    Q_EMIT changed();
    return {};
}

Result<SharingState, StoreError> SharingStore::choice(ClinicAccountId account,
                                                      const QString& category) const {
    auto select = m_db.prepared(kSelectChoice);
    if (!select)
        return fail(select.error());
    auto row = (*select)->bind(1, account.value).bind(2, category).step();
    if (!row)
        return fail(row.error());
    SharingState state;
    if (*row) {
        const Statement& r = **select;
        state.consentId = QUuid::fromString(r.text(0));
        state.sharing = r.integer(1) != 0;
        state.decidedAt = storedMoment(r.integer(2), int(r.integer(3)));
    }
    (*select)->reset();
    if (state.decidedAt.isValid() && state.consentId.isNull())
        return fail(StoreError{StoreErrorKind::Corrupt, QStringLiteral("unreadable consent id")});
    return state;
}

Result<void, StoreError> SharingStore::queueUnsharedCravings(ClinicAccountId account,
                                                             qint64 nowMs) {
    auto queue = m_db.prepared(kQueueUnshared);
    if (!queue)
        return fail(queue.error());
    return (*queue)
        ->bind(1, account.value)
        .bind(2, QLatin1String(CravingLogStore::kRecordType))
        .bind(3, nowMs)
        .run();
}

} // namespace stepstone
