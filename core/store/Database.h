#pragma once

#include "common/Result.h"
#include "security/DatabaseKey.h"
#include "store/Statement.h"

#include <QString>
#include <atomic>
#include <map>
#include <memory>
#include <span>

struct sqlite3;

namespace stepstone {

struct Migration {
    int version;
    const char* sql;
};

// One encrypted SQLCipher connection. Opening checks the key, the cipher and the schema version
// before anything is written, so a failed open leaves the file exactly as it was. What takes
// time in proportion to the file (the integrity check) is not part of opening: see
// checkIntegrity.
class Database {
public:
    enum class Mode { OpenExisting, CreateIfMissing };

    static Result<std::unique_ptr<Database>, StoreError>
    open(const QString& path, const DatabaseKey& key, Mode mode,
         std::span<const Migration> migrations);

    // Reads the whole file through a read-only connection of its own, so the connection in use
    // goes on working meanwhile and the file is never changed. Damage found is
    // StoreErrorKind::Corrupt. Setting `cancelled` ends the check where SQLite can stop it (while
    // it compares rows with their indexes), with an error that is not Corrupt.
    static Result<void, StoreError> checkIntegrity(const QString& path, const DatabaseKey& key,
                                                   const std::atomic<bool>& cancelled);

    // Another connection to this file, for work on a thread of its own (a connection serves one
    // thread). A write waits for the other's write to end (busy_timeout) instead of failing.
    Result<std::unique_ptr<Database>, StoreError> openAnother() const;
    // From now on, setting `cancelled` ends the statement running on this connection with an
    // error (SQLite asks every thousand instructions).
    void stopWhen(const std::atomic<bool>& cancelled);

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // A statement prepared once per connection for the life of the connection, ready to bind.
    // `sql` must be a string literal: its address is the cache key.
    Result<Statement*, StoreError> prepared(const char* sql);
    Result<void, StoreError> exec(const char* sql);

    Result<void, StoreError> begin();
    Result<void, StoreError> commit();
    void rollback();

    int schemaVersion();
    // "ok", or SQLite's first complaint about the file's structure.
    Result<QString, StoreError> integrityCheck() { return queryText("PRAGMA integrity_check(1)"); }
    // Rows changed by the last statement that finished.
    int changes() const;
    QString path() const { return m_path; }

private:
    Database(sqlite3* handle, QString path, const DatabaseKey& key)
        : m_handle(handle)
        , m_path(std::move(path))
        , m_key(key) {}
    // A keyed connection on which SQLCipher answers: not yet read from the file.
    static Result<std::unique_ptr<Database>, StoreError> connect(const QString& path,
                                                                 const DatabaseKey& key, int flags);
    Result<void, StoreError> configure();
    Result<void, StoreError> migrate(std::span<const Migration> migrations);
    Result<qint64, StoreError> queryInteger(const char* sql);
    // The first column of the first row, or an empty string when there is no row.
    Result<QString, StoreError> queryText(const char* sql);

    sqlite3* m_handle = nullptr;
    QString m_path;
    DatabaseKey m_key;
    std::map<const char*, Statement> m_statements;
};

// Runs `work` inside a transaction: commits when it succeeds, rolls back when it fails.
template <class Work> auto inTransaction(Database& db, Work&& work) -> decltype(work()) {
    if (auto begun = db.begin(); !begun)
        return fail(begun.error());
    auto result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (auto committed = db.commit(); !committed) {
        db.rollback();
        return fail(committed.error());
    }
    return result;
}

} // namespace stepstone
