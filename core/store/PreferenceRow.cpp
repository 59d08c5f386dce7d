#include "store/PreferenceRow.h"

namespace stepstone {

namespace {

constexpr char kSelect[] = "SELECT value FROM preference WHERE name = ?1";
// INSERT OR REPLACE: SQLCipher 3.4 (SQLite 3.15) has no UPSERT.
constexpr char kWrite[] = "INSERT OR REPLACE INTO preference (name, value) VALUES (?1, ?2)";

template <class Value, class Read>
Result<std::optional<Value>, StoreError> readRow(Database& db, const char* name, Read&& read) {
    auto select = db.prepared(kSelect);
    if (!select)
        return fail(select.error());
    auto row = (*select)->bind(1, QString::fromLatin1(name)).step();
    if (!row)
        return fail(row.error());
    std::optional<Value> value;
    if (*row)
        value = read(**select);
    (*select)->reset();
    return value;
}

template <class Value>
Result<void, StoreError> writeRow(Database& db, const char* name, const Value& value) {
    auto statement = db.prepared(kWrite);
    if (!statement)
        return fail(statement.error());
    return (*statement)->bind(1, QString::fromLatin1(name)).bind(2, value).run();
}

} // namespace

Result<std::optional<qint64>, StoreError> readPreferenceNumber(Database& db, const char* name) {
    return readRow<qint64>(db, name, [](const Statement& row) { return row.integer(0); });
}

Result<std::optional<QString>, StoreError> readPreferenceText(Database& db, const char* name) {
    return readRow<QString>(db, name, [](const Statement& row) { return row.text(0); });
}

Result<void, StoreError> writePreference(Database& db, const char* name, qint64 value) {
    return writeRow(db, name, value);
}

Result<void, StoreError> writePreference(Database& db, const char* name, const QString& value) {
    return writeRow(db, name, value);
}

} // namespace stepstone
