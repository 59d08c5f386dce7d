#include "store/SentLogStore.h"

#include "store/CravingLogStore.h"
#include "store/SessionStore.h"
#include "store/SharingStore.h"

namespace stepstone {

namespace {

// Record types a newer app may add are left out rather than shown as something they are not.
constexpr char kRecent[] = R"sql(
SELECT s.resource_type, s.operation, s.sent_at, l.occurred_at, l.occurred_offset_s
FROM sync_sent_log s
LEFT JOIN craving_log l ON s.resource_type = ?1 AND l.id = s.record_id
WHERE s.resource_type IN (?1, ?2, ?3)
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

Result<std::vector<SentRecord>, StoreError> SentLogStore::recentlySent(int limit) const {
    auto select = m_db.prepared(kRecent);
    if (!select)
        return fail(select.error());
    (*select)
        ->bind(1, QLatin1String(CravingLogStore::kRecordType))
        .bind(2, QLatin1String(SharingStore::kRecordType))
        .bind(3, QLatin1String(SessionStore::kAnswerRecordType))
        .bind(4, limit);
    std::vector<SentRecord> sent;
    for (;;) {
        auto row = (*select)->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const Statement& r = **select;
        SentRecord record;
        record.kind = kindOf(r.text(0), r.text(1));
        record.sentAt = QDateTime::fromMSecsSinceEpoch(r.integer(2), Qt::UTC);
        if (!r.isNull(3))
            record.recordTime =
                QDateTime::fromMSecsSinceEpoch(r.integer(3), Qt::OffsetFromUTC, int(r.integer(4)));
        sent.push_back(record);
    }
    (*select)->reset();
    return sent;
}

} // namespace stepstone
