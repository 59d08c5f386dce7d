#include "store/SyncBookkeeping.h"

namespace stepstone {

namespace {

constexpr char kVersionOf[] = "SELECT version_id FROM remote_version "
                              "WHERE account_id = ?1 AND record_type = ?2 AND record_id = ?3";
constexpr char kSetVersion[] = "INSERT OR REPLACE INTO remote_version (account_id, record_type, "
                               "record_id, version_id) VALUES (?1, ?2, ?3, ?4)";
constexpr char kForgetVersion[] = "DELETE FROM remote_version "
                                  "WHERE account_id = ?1 AND record_type = ?2 AND record_id = ?3";
constexpr char kWatermark[] =
    "SELECT last_updated FROM watermark WHERE account_id = ?1 AND resource_type = ?2";
constexpr char kSetWatermark[] = "INSERT OR REPLACE INTO watermark (account_id, resource_type, "
                                 "last_updated) VALUES (?1, ?2, ?3)";

// The history watermark shares the watermark table under its own key.
QString historyKey(const QString& resourceType) {
    return resourceType + QLatin1String("/_history");
}

Result<QString, StoreError> firstText(Database& db, const char* sql, ClinicAccountId account,
                                      const QString& a, const QString& b = {}) {
    auto stmt = db.prepared(sql);
    if (!stmt)
        return fail(stmt.error());
    (*stmt)->bind(1, account.value).bind(2, a);
    if (!b.isNull())
        (*stmt)->bind(3, b);
    QString value;
    auto read = (*stmt)->forEachRow([&](const Statement& row) { value = row.text(0); });
    if (!read)
        return fail(read.error());
    return value;
}

} // namespace

Result<QString, StoreError> SyncBookkeeping::versionOf(const QString& recordType,
                                                       const QString& recordId) const {
    return firstText(m_db, kVersionOf, m_account, recordType, recordId);
}

Result<void, StoreError> SyncBookkeeping::setVersion(const QString& recordType,
                                                     const QString& recordId,
                                                     const QString& versionId) {
    auto stmt = m_db.prepared(kSetVersion);
    if (!stmt)
        return fail(stmt.error());
    return (*stmt)
        ->bind(1, m_account.value)
        .bind(2, recordType)
        .bind(3, recordId)
        .bind(4, versionId)
        .run();
}

Result<void, StoreError> SyncBookkeeping::forgetVersion(const QString& recordType,
                                                        const QString& recordId) {
    auto stmt = m_db.prepared(kForgetVersion);
    if (!stmt)
        return fail(stmt.error());
    return (*stmt)->bind(1, m_account.value).bind(2, recordType).bind(3, recordId).run();
}

Result<QString, StoreError> SyncBookkeeping::watermark(const QString& resourceType) const {
    return firstText(m_db, kWatermark, m_account, resourceType);
}

Result<void, StoreError> SyncBookkeeping::setWatermark(const QString& resourceType,
                                                       const QString& lastUpdated) {
    auto stmt = m_db.prepared(kSetWatermark);
    if (!stmt)
        return fail(stmt.error());
    return (*stmt)->bind(1, m_account.value).bind(2, resourceType).bind(3, lastUpdated).run();
}

Result<QString, StoreError> SyncBookkeeping::historyWatermark(const QString& resourceType) const {
    return watermark(historyKey(resourceType));
}

Result<void, StoreError> SyncBookkeeping::setHistoryWatermark(const QString& resourceType,
                                                              const QString& lastModified) {
    return setWatermark(historyKey(resourceType), lastModified);
}

} // namespace stepstone
