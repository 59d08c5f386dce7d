#include "store/Database.h"

#include "store/SqlCipher.h"

#include <QFile>
#include <QFileInfo>

namespace stepstone {

namespace {

constexpr char kPlainSqliteHeader[] = "SQLite format 3";

bool startsWithPlainSqliteHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(sizeof kPlainSqliteHeader) ==
           QByteArray(kPlainSqliteHeader, sizeof kPlainSqliteHeader);
}

StoreError errorFor(int code, sqlite3* handle, const QString& path) {
    StoreError error = storeErrorFrom(code, handle);
    if (error.kind == StoreErrorKind::WrongKeyOrDamaged && startsWithPlainSqliteHeader(path))
        error.kind = StoreErrorKind::NotEncrypted;
    return error;
}

} // namespace

Result<std::unique_ptr<Database>, StoreError> Database::connect(const QString& path,
                                                                const DatabaseKey& key, int flags) {
    if (!key.isValid())
        return fail(StoreError{StoreErrorKind::Internal, QStringLiteral("invalid key")});
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle,
                                   flags | SQLITE_OPEN_FULLMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path, key));
    if (rc != SQLITE_OK)
        return fail(storeErrorFrom(rc, handle));

    QByteArray literal = key.sqlcipherLiteral();
    const int keyed = sqlite3_key(handle, literal.constData(), int(literal.size()));
    secureWipe(literal);
    if (keyed != SQLITE_OK)
        return fail(storeErrorFrom(keyed, handle));

    // Fail closed: without SQLCipher linked, PRAGMA key is silently a no-op.
    auto cipher = db->queryText("PRAGMA cipher_version");
    if (!cipher || cipher->isEmpty())
        return fail(
            StoreError{StoreErrorKind::NotEncrypted, QStringLiteral("cipher_version unavailable")});
    return db;
}

Result<std::unique_ptr<Database>, StoreError>
Database::open(const QString& path, const DatabaseKey& key, Mode mode,
               std::span<const Migration> migrations) {
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode == Mode::OpenExisting)
        return fail(StoreError{StoreErrorKind::NotFound, QStringLiteral("no database file")});
    auto db =
        connect(path, key,
                SQLITE_OPEN_READWRITE | (mode == Mode::CreateIfMissing ? SQLITE_OPEN_CREATE : 0));
    if (!db)
        return db;
    if (auto configured = (*db)->configure(); !configured)
        return fail(configured.error());
    if (auto migrated = (*db)->migrate(migrations); !migrated)
        return fail(migrated.error());
    return db;
}

Result<void, StoreError> Database::checkIntegrity(const QString& path, const DatabaseKey& key,
                                                  const std::atomic<bool>& cancelled) {
    if (!QFileInfo::exists(path))
        return fail(StoreError{StoreErrorKind::NotFound, QStringLiteral("no database file")});
    auto db = connect(path, key, SQLITE_OPEN_READONLY);
    if (!db)
        return fail(db.error());
    (*db)->stopWhen(cancelled);
    auto verdict = (*db)->queryText("PRAGMA integrity_check(1)");
    if (!verdict) {
        StoreError error = verdict.error();
        // The key is known to be right: a page it cannot decrypt is damage.
        if (error.kind == StoreErrorKind::WrongKeyOrDamaged)
            error.kind = StoreErrorKind::Corrupt;
        return fail(error);
    }
    if (*verdict != QLatin1String("ok"))
        return fail(StoreError{StoreErrorKind::Corrupt,
                               QStringLiteral("integrity_check: ") + verdict->left(200)});
    return {};
}

Result<std::unique_ptr<Database>, StoreError> Database::openAnother() const {
    auto db = connect(m_path, m_key, SQLITE_OPEN_READWRITE);
    if (!db)
        return db;
    if (auto configured = (*db)->configure(); !configured)
        return fail(configured.error());
    return db;
}

void Database::stopWhen(const std::atomic<bool>& cancelled) {
    sqlite3_progress_handler(
        m_handle, 1000,
        [](void* flag) { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic<bool>*>(&cancelled));
}

Database::~Database() {
    m_statements.clear();
    sqlite3_close_v2(m_handle);
}

Result<void, StoreError> Database::configure() {
    // The first read of page 1: a wrong key or a damaged header fails here, before any write.
    auto version = queryInteger("PRAGMA user_version");
    if (!version)
        return fail(errorFor(sqlite3_errcode(m_handle), m_handle, m_path));
    // secure_delete: what a delete frees (a journal entry's words) is overwritten with zeros,
    // not left in free pages.
    // busy_timeout: a write waits while another connection of this app writes (see
    // openAnother) rather than failing.
    if (auto check = exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"
                          "PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;"
                          "PRAGMA busy_timeout = 5000;");
        !check)
        return check;
    return {};
}

Result<void, StoreError> Database::migrate(std::span<const Migration> migrations) {
    const int known = migrations.empty() ? 0 : migrations.back().version;
    const int current = schemaVersion();
    if (current > known)
        return fail(StoreError{StoreErrorKind::SchemaTooNew,
                               QStringLiteral("schema %1, app knows %2").arg(current).arg(known)});
    auto wal = queryText("PRAGMA journal_mode = WAL");
    if (!wal || *wal != QLatin1String("wal"))
        return fail(StoreError{StoreErrorKind::Io, QStringLiteral("WAL mode unavailable")});

    for (const Migration& step : migrations) {
        if (step.version <= current)
            continue;
        auto migrated = inTransaction(*this, [&]() -> Result<void, StoreError> {
            if (auto applied = exec(step.sql); !applied)
                return applied;
            const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(step.version);
            return exec(bump.constData());
        });
        if (!migrated)
            return migrated;
    }
    return {};
}

Result<Statement*, StoreError> Database::prepared(const char* sql) {
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        sqlite3_stmt* stmt = nullptr;
        const int rc = sqlite3_prepare_v2(m_handle, sql, -1, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return fail(errorFor(rc, m_handle, m_path));
        found = m_statements.emplace(sql, Statement(m_handle, stmt)).first;
    }
    found->second.reset();
    return &found->second;
}

Result<void, StoreError> Database::exec(const char* sql) {
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(errorFor(rc, m_handle, m_path));
    return {};
}

Result<void, StoreError> Database::begin() {
    return exec("BEGIN IMMEDIATE");
}
Result<void, StoreError> Database::commit() {
    return exec("COMMIT");
}
void Database::rollback() {
    if (!sqlite3_get_autocommit(m_handle))
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
}

int Database::changes() const {
    return sqlite3_changes(m_handle);
}

int Database::schemaVersion() {
    auto version = queryInteger("PRAGMA user_version");
    return version ? int(*version) : -1;
}

Result<QString, StoreError> Database::queryText(const char* sql) {
    auto stmt = prepared(sql);
    if (!stmt)
        return fail(stmt.error());
    auto row = (*stmt)->step();
    if (!row)
        return fail(row.error());
    QString value = *row ? (*stmt)->text(0) : QString();
    (*stmt)->reset();
    return value;
}

Result<qint64, StoreError> Database::queryInteger(const char* sql) {
    auto stmt = prepared(sql);
    if (!stmt)
        return fail(stmt.error());
    auto row = (*stmt)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(StoreError{StoreErrorKind::Internal, QStringLiteral("no row")});
    const qint64 value = (*stmt)->integer(0);
    (*stmt)->reset();
    return value;
}

} // namespace stepstone
