#pragma once

#include "common/Result.h"
#include "model/SentRecord.h"
#include "store/Database.h"

#include <vector>

namespace stepstone {

// The sync's record of every upload the server accepted (sync_sent_log), read for the client.
class SentLogStore {
public:
    explicit SentLogStore(Database& db)
        : m_db(db) {}

    // Newest first.
    Result<std::vector<SentRecord>, StoreError> recentlySent(int limit) const;

private:
    Database& m_db;
};

} // namespace stepstone
