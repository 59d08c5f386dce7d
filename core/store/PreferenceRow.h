#pragma once

#include "common/Result.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QString>
#include <optional>

namespace stepstone {

// One named row of the preference table, where the client's own settings are kept with their
// data. A number or a text; nullopt while the row has never been written.
Result<std::optional<qint64>, StoreError> readPreferenceNumber(Database& db, const char* name);
Result<std::optional<QString>, StoreError> readPreferenceText(Database& db, const char* name);
Result<void, StoreError> writePreference(Database& db, const char* name, qint64 value);
Result<void, StoreError> writePreference(Database& db, const char* name, const QString& value);

} // namespace stepstone
