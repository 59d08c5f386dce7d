#pragma once

#include "common/Result.h"
#include "model/ClinicAccount.h"
#include "model/SentRecord.h"
#include "store/Database.h"

#include <vector>

namespace stepstone {

// The sync's record of every upload a clinic account's server accepted, read for the client.
class SentLogStore {
public:
    explicit SentLogStore(Database& db)
        : m_db(db) {}

    // Newest first.
    Result<std::vector<SentRecord>, StoreError> recentlySent(ClinicAccountId account,
                                                             int limit) const;

private:
    Database& m_db;
};

} // namespace stepstone
