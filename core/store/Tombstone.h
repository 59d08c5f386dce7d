#pragma once

#include "common/Result.h"
#include "store/Database.h"

#include <QDateTime>
#include <QUuid>

namespace stepstone {

// Makes a live record a tombstone with `sql` (?1 the id, ?2 now in UTC milliseconds, ?3 now's
// offset) and queues the delete as `recordType` for every clinic account, in one transaction.
// NotFound, saying `missing`, when no live record has that id.
Result<void, StoreError> writeTombstone(Database& db, const char* sql, const QUuid& id,
                                        const QDateTime& now, const char* recordType,
                                        const char* missing);

} // namespace stepstone
