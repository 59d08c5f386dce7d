#include "store/Tombstone.h"

#include "store/Outbox.h"
#include "store/StoredMoment.h"

namespace stepstone {

Result<void, StoreError> writeTombstone(Database& db, const char* sql, const QUuid& id,
                                        const QDateTime& now, const char* recordType,
                                        const char* missing) {
    return inTransaction(db, [&]() -> Result<void, StoreError> {
        auto tombstone = db.prepared(sql);
        if (!tombstone)
            return fail(tombstone.error());
        if (auto ran = (*tombstone)
                           ->bind(1, idText(id))
                           .bind(2, millis(now))
                           .bind(3, offsetToKeep(now))
                           .run();
            !ran)
            return ran;
        if (db.changes() == 0)
            return fail(StoreError{StoreErrorKind::NotFound, QString::fromLatin1(missing)});
        return Outbox(db).enqueueForEveryAccount(QString::fromLatin1(recordType), idText(id),
                                                 millis(now));
    });
}

} // namespace stepstone
