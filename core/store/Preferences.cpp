#include "store/Preferences.h"

namespace stepstone {

namespace {

constexpr char kHighCravingLevel[] = "high-craving-level";

constexpr char kSelect[] = "SELECT value FROM preference WHERE name = ?1";
// INSERT OR REPLACE: SQLCipher 3.4 (SQLite 3.15) has no UPSERT.
constexpr char kWrite[] = "INSERT OR REPLACE INTO preference (name, value) VALUES (?1, ?2)";

} // namespace

Preferences::Preferences(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db) {}

Result<int, StoreError> Preferences::highCravingLevel() const {
    auto select = m_db.prepared(kSelect);
    if (!select)
        return fail(select.error());
    auto row = (*select)->bind(1, QString::fromLatin1(kHighCravingLevel)).step();
    if (!row)
        return fail(row.error());
    int level = kDefaultHighCravingLevel;
    if (*row) {
        const qint64 stored = (*select)->integer(0);
        if (stored >= kMinHighCravingLevel && stored <= kMaxHighCravingLevel)
            level = int(stored);
    }
    (*select)->reset();
    return level;
}

Result<void, StoreError> Preferences::setHighCravingLevel(int level) {
    if (level < kMinHighCravingLevel || level > kMaxHighCravingLevel)
        return fail(StoreError{StoreErrorKind::InvalidInput,
                               QStringLiteral("high-craving level outside 0-10")});
    auto write = m_db.prepared(kWrite);
    if (!write)
        return fail(write.error());
    auto ran = (*write)->bind(1, QString::fromLatin1(kHighCravingLevel)).bind(2, level).run();
    if (!ran)
        return ran;
    Q_EMIT changed();
    return {};
}

} // namespace stepstone
