#pragma once

#include "common/Result.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace stepstone {

// One prepared statement. Bind, step, read; reset() makes it ready for the next use.
class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, const QString& text);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, std::optional<qint64> value);
    Statement& bindNull(int index);

    // True while a row is available; false once done.
    Result<bool, StoreError> step();
    // Runs to completion, for statements that return no rows.
    Result<void, StoreError> run();
    void reset();
    // Calls `read(*this)` on each row, then resets the statement.
    template <class Read> Result<void, StoreError> forEachRow(Read&& read);

    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

template <class Read> Result<void, StoreError> Statement::forEachRow(Read&& read) {
    for (;;) {
        auto more = step();
        if (!more)
            return fail(more.error());
        if (!*more)
            break;
        read(*this);
    }
    reset();
    return {};
}

// Maps an SQLite result code and the connection's message to a typed error.
StoreError storeErrorFrom(int code, sqlite3* db);

} // namespace stepstone
