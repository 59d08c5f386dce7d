#pragma once

#include "security/DatabaseKey.h"
#include "store/SqlCipher.h"

#include <QFile>
#include <QString>
#include <vector>

namespace stepstone::bench {

// A connection through the C API alone, keyed and tuned the way Database::open does it: the
// baseline the stores are measured against.
class RawConnection {
public:
    RawConnection(const QString& path, const DatabaseKey& key) {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
        QByteArray literal = key.sqlcipherLiteral();
        sqlite3_key(m_handle, literal.constData(), int(literal.size()));
        secureWipe(literal);
        exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;"
             "PRAGMA secure_delete = ON;");
    }
    ~RawConnection() {
        for (sqlite3_stmt* statement : m_statements)
            sqlite3_finalize(statement);
        sqlite3_close_v2(m_handle);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    void exec(const char* sql) {
        if (sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            qFatal("%s: %s", sql, sqlite3_errmsg(m_handle));
    }
    sqlite3_stmt* prepare(const char* sql) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
            qFatal("%s: %s", sql, sqlite3_errmsg(m_handle));
        m_statements.push_back(statement);
        return statement;
    }

private:
    sqlite3* m_handle = nullptr;
    std::vector<sqlite3_stmt*> m_statements;
};

inline void bindText(sqlite3_stmt* statement, int index, const QByteArray& text) {
    sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

inline void runToEnd(sqlite3_stmt* statement) {
    while (sqlite3_step(statement) == SQLITE_ROW) {
    }
    sqlite3_reset(statement);
}

} // namespace stepstone::bench
