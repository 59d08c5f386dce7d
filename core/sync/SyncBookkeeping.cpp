#include "sync/SyncBookkeeping.h"

namespace stepstone {

namespace {

constexpr char kVersionOf[] =
    "SELECT version_id FROM sync_remote_version WHERE resource_type = ?1 AND record_id = ?2";
constexpr char kSetVersion[] = "INSERT OR REPLACE INTO sync_remote_version (resource_type, "
                               "record_id, version_id) VALUES (?1, ?2, ?3)";
constexpr char kForgetVersion[] =
    "DELETE FROM sync_remote_version WHERE resource_type = ?1 AND record_id = ?2";
constexpr char kWatermark[] = "SELECT last_updated FROM sync_watermark WHERE resource_type = ?1";
constexpr char kSetWatermark[] =
    "INSERT OR REPLACE INTO sync_watermark (resource_type, last_updated) VALUES (?1, ?2)";

// The history watermark shares the watermark table under its own key.
QString historyKey(const QString& resourceType) {
    return resourceType + QLatin1String("/_history");
}

Result<QString, StoreError> firstText(Database& db, const char* sql, const QString& a,
                                      const QString& b = {}) {
    auto stmt = db.prepared(sql);
    if (!stmt)
        return fail(stmt.error());
    (*stmt)->bind(1, a);
    if (!b.isNull())
        (*stmt)->bind(2, b);
    auto row = (*stmt)->step();
    if (!row)
        return fail(row.error());
    QString value = *row ? (*stmt)->text(0) : QString();
    (*stmt)->reset();
    return value;
}

} // namespace

Result<QString, StoreError> SyncBookkeeping::versionOf(const QString& resourceType,
                                                       const QString& id) const {
    return firstText(m_db, kVersionOf, resourceType, id);
}

Result<void, StoreError> SyncBookkeeping::setVersion(const QString& resourceType, const QString& id,
                                                     const QString& versionId) {
    auto stmt = m_db.prepared(kSetVersion);
    if (!stmt)
        return fail(stmt.error());
    return (*stmt)->bind(1, resourceType).bind(2, id).bind(3, versionId).run();
}

Result<void, StoreError> SyncBookkeeping::forgetVersion(const QString& resourceType,
                                                        const QString& id) {
    auto stmt = m_db.prepared(kForgetVersion);
    if (!stmt)
        return fail(stmt.error());
    return (*stmt)->bind(1, resourceType).bind(2, id).run();
}

Result<QString, StoreError> SyncBookkeeping::watermark(const QString& resourceType) const {
    return firstText(m_db, kWatermark, resourceType);
}

Result<void, StoreError> SyncBookkeeping::setWatermark(const QString& resourceType,
                                                       const QString& lastUpdated) {
    auto stmt = m_db.prepared(kSetWatermark);
    if (!stmt)
        return fail(stmt.error());
    return (*stmt)->bind(1, resourceType).bind(2, lastUpdated).run();
}

Result<QString, StoreError> SyncBookkeeping::historyWatermark(const QString& resourceType) const {
    return watermark(historyKey(resourceType));
}

Result<void, StoreError> SyncBookkeeping::setHistoryWatermark(const QString& resourceType,
                                                              const QString& lastModified) {
    return setWatermark(historyKey(resourceType), lastModified);
}

} // namespace stepstone
