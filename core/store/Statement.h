#pragma once

#include "common/Result.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

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
    Statement& bind(int index, double value);
    Statement& bindNull(int index);

    // True while a row is available; false once done.
    Result<bool, StoreError> step();
    // Runs to completion, for statements that return no rows.
    Result<void, StoreError> run();
    void reset();
    // Calls `read(*this)` on each row, then resets the statement.
    template <class Read> Result<void, StoreError> forEachRow(Read&& read);
    // `read(*this)` of the first row (a Result), or NotFound saying `missing` when there is
    // none; the statement is reset either way.
    template <class Read> auto readOne(Read&& read, const char* missing) -> decltype(read(*this));
    // `read(*this)` (a Result) of every row, or the first row's error.
    template <class Read> auto readAll(Read&& read);

    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
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

template <class Read>
auto Statement::readOne(Read&& read, const char* missing) -> decltype(read(*this)) {
    auto row = step();
    if (!row || !*row) {
        reset();
        if (!row)
            return fail(row.error());
        return fail(StoreError{StoreErrorKind::NotFound, QString::fromLatin1(missing)});
    }
    auto value = read(*this);
    reset();
    return value;
}

template <class Read> auto Statement::readAll(Read&& read) {
    using Row = std::decay_t<decltype(read(*this).value())>;
    std::vector<Row> rows;
    std::optional<StoreError> unreadable;
    auto stepped = forEachRow([&](const Statement& statement) {
        auto row = read(statement);
        if (row)
            rows.push_back(std::move(*row));
        else if (!unreadable)
            unreadable = row.error();
    });
    using Rows = Result<std::vector<Row>, StoreError>;
    if (!stepped)
        return Rows(fail(stepped.error()));
    if (unreadable)
        return Rows(fail(*unreadable));
    return Rows(std::move(rows));
}

// Maps an SQLite result code and the connection's message to a typed error.
StoreError storeErrorFrom(int code, sqlite3* db);

} // namespace stepstone
