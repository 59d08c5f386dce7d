#pragma once

#include "common/Result.h"
#include "store/Database.h"

#include <QString>

namespace stepstone {

// What the sync remembers about the server: each record's last known version (for If-Match)
// and, per resource type, the newest meta.lastUpdated downloaded (the watermark) and the newest
// change read from its history (the history watermark, for `_history?_since`).
class SyncBookkeeping {
public:
    explicit SyncBookkeeping(Database& db)
        : m_db(db) {}

    // Empty when the record was never on the server.
    Result<QString, StoreError> versionOf(const QString& resourceType, const QString& id) const;
    Result<void, StoreError> setVersion(const QString& resourceType, const QString& id,
                                        const QString& versionId);
    Result<void, StoreError> forgetVersion(const QString& resourceType, const QString& id);

    // The server's own text, e.g. "2026-11-23T14:02:07.123+00:00"; empty before the first sync.
    Result<QString, StoreError> watermark(const QString& resourceType) const;
    Result<void, StoreError> setWatermark(const QString& resourceType, const QString& lastUpdated);

    // As the server wrote it; empty before the first history download.
    Result<QString, StoreError> historyWatermark(const QString& resourceType) const;
    Result<void, StoreError> setHistoryWatermark(const QString& resourceType,
                                                 const QString& lastModified);

private:
    Database& m_db;
};

} // namespace stepstone
