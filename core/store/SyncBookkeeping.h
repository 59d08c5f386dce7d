#pragma once

#include "common/Result.h"
#include "model/ClinicAccount.h"
#include "store/Database.h"

#include <QString>

namespace stepstone {

// What the sync remembers about one clinic account's server: the server's version of each of
// the device's records it holds (for If-Match), and, per resource type, the newest
// meta.lastUpdated downloaded (the watermark) and the newest change read from its history (the
// history watermark, for `_history?_since`).
class SyncBookkeeping {
public:
    SyncBookkeeping(Database& db, ClinicAccountId account)
        : m_db(db)
        , m_account(account) {}

    // Empty when the record was never on the server. Records are named as the outbox names them.
    Result<QString, StoreError> versionOf(const QString& recordType, const QString& recordId) const;
    Result<void, StoreError> setVersion(const QString& recordType, const QString& recordId,
                                        const QString& versionId);
    Result<void, StoreError> forgetVersion(const QString& recordType, const QString& recordId);

    // The server's own text, e.g. "2026-11-23T14:02:07.123+00:00"; empty before the first sync.
    Result<QString, StoreError> watermark(const QString& resourceType) const;
    Result<void, StoreError> setWatermark(const QString& resourceType, const QString& lastUpdated);

    // As the server wrote it; empty before the first history download.
    Result<QString, StoreError> historyWatermark(const QString& resourceType) const;
    Result<void, StoreError> setHistoryWatermark(const QString& resourceType,
                                                 const QString& lastModified);

private:
    Database& m_db;
    ClinicAccountId m_account;
};

} // namespace stepstone
