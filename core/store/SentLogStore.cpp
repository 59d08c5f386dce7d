#include "store/SentLogStore.h"

#include "store/CravingLogStore.h"
#include "store/SessionStore.h"
#include "store/SharingStore.h"
#include "store/StoredMoment.h"

namespace stepstone {

namespace {

// Record types a newer app may add are left out rather than shown as something they are not.
constexpr char kRecent[] = R"sql(
SELECT s.record_type, s.operation, s.sent_at, l.occurred_at, l.occurred_offset_s
FROM sent_log s
LEFT JOIN craving_log l ON s.record_type = ?1 AND l.id = s.record_id
WHERE s.account_id = ?5 AND s.record_type IN (?1, ?2, ?3)
ORDER BY s.sent_at DESC, s.id DESC LIMIT ?4)sql";

SentRecord::Kind kindOf(const QString& recordType, const QString& operation) {
    if (recordType == QLatin1String(SharingStore::kRecordType))
        return SentRecord::Kind::SharingChoice;
    if (recordType == QLatin1String(SessionStore::kAnswerRecordType))
        return SentRecord::Kind::SessionAnswer;
    return operation == QLatin1String("delete") ? SentRecord::Kind::CravingLogDeleted
                                                : SentRecord::Kind::CravingLog;
}

} // namespace

Result<std::vector<SentRecord>, StoreError> SentLogStore::recentlySent(ClinicAccountId account,
                                                                       int limit) const {
    auto select = m_db.prepared(kRecent);
    if (!select)
        return fail(select.error());
    (*select)
        ->bind(1, QLatin1String(CravingLogStore::kRecordType))
        .bind(2, QLatin1String(SharingStore::kRecordType))
        .bind(3, QLatin1String(SessionStore::kAnswerRecordType))
        .bind(4, limit)
        .bind(5, account.value);
    std::vector<SentRecord> sent;
    auto read = (*select)->forEachRow([&](const Statement& r) {
        SentRecord record;
        record.kind = kindOf(r.text(0), r.text(1));
        record.sentAt = QDateTime::fromMSecsSinceEpoch(r.integer(2), Qt::UTC);
        if (!r.isNull(3))
            record.recordTime = storedMoment(r.integer(3), int(r.integer(4)));
        sent.push_back(record);
    });
    if (!read)
        return fail(read.error());
    return sent;
}

} // namespace stepstone
