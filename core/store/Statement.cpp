#include "store/Statement.h"

#include "store/SqlCipher.h"

#include <utility>

namespace stepstone {

StoreError storeErrorFrom(int code, sqlite3* db) {
    const QString detail = QStringLiteral("%1 (%2)").arg(
        QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code)), QString::number(code));
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return {StoreErrorKind::WrongKeyOrDamaged, detail};
    case SQLITE_CORRUPT:
        return {StoreErrorKind::Corrupt, detail};
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {StoreErrorKind::Io, detail};
    case SQLITE_CONSTRAINT:
        return {StoreErrorKind::InvalidInput, detail};
    default:
        return {StoreErrorKind::Internal, detail};
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::optional<qint64> value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool, StoreError> Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    StoreError error = storeErrorFrom(rc, m_db);
    reset();
    return fail(std::move(error));
}

Result<void, StoreError> Statement::run() {
    return forEachRow([](const Statement&) {});
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace stepstone
