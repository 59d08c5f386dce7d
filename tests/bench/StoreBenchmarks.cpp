// scripts/bench store: the encrypted store, each figure beside a baseline measured in the same
// run, printed as "<name> app_ms=<a> baseline_ms=<b> ratio=<r>" (per operation):
//  - store-add-craving: CravingLogStore::add (validation, the row, its triggers, the outbox, the
//    transaction, reading the row back) vs the same row and triggers in one transaction through
//    the raw SQLCipher C API, on a connection set up the same way;
//  - store-recent-50-of-10000: CravingLogStore::recent(50) vs the same query stepped through
//    the C API;
//  - store-open-50000-cravings: Database::open of a profile holding 50,000 cravings vs of an
//    empty one; opening must not grow with the data;
//  - store-open-passphrase: deriving the key from a passphrase (PBKDF2, 210,000 iterations) and
//    opening vs opening with the raw key from the keychain;
//  - store-integrity-check-50000-cravings: the whole-file check, which runs in the background,
//    vs opening the same profile, which the client waits for.
#include "Comparison.h"
#include "RawConnection.h"
#include "fake/FixedClock.h"
#include "security/PassphraseKdf.h"
#include "store/CravingLogStore.h"
#include "store/Schema.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace stepstone;
using namespace stepstone::bench;

namespace {

const QString kNote = QStringLiteral("Walked past the old bar on the way home; called my sponsor.");

// A profile database of `cravings` rows (written through the C API, the fastest way to give a
// benchmark a large file), open.
struct OpenStore {
    QTemporaryDir dir;
    DatabaseKey key = DatabaseKey::generate();
    std::unique_ptr<Database> db;

    QString path() const { return dir.filePath(QStringLiteral("b.db")); }
    void open(Database::Mode mode) {
        db = Database::open(path(), key, mode, schemaMigrations()).value();
    }

    explicit OpenStore(int cravings = 0);
};

constexpr char kInsertCraving[] =
    "INSERT INTO craving_log (id, occurred_at, intensity, note, coping_skill, outcome, "
    "created_at, updated_at, occurred_offset_s) VALUES (?1, ?2, ?3, ?4, '', 'passed', ?2, ?2, 0)";
constexpr char kInsertTrigger[] =
    "INSERT INTO craving_log_trigger (log_id, trigger) VALUES (?1, ?2)";

void fillRaw(const QString& path, const DatabaseKey& key, int count) {
    RawConnection raw(path, key);
    sqlite3_stmt* craving = raw.prepare(kInsertCraving);
    sqlite3_stmt* trigger = raw.prepare(kInsertTrigger);
    const QByteArray note = kNote.toUtf8();
    raw.exec("BEGIN IMMEDIATE");
    for (int i = 0; i < count; ++i) {
        const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        bindText(craving, 1, id);
        sqlite3_bind_int64(craving, 2, 1'700'000'000'000 + qint64(i) * 1'200'000);
        sqlite3_bind_int(craving, 3, i % 11);
        bindText(craving, 4, note);
        runToEnd(craving);
        bindText(trigger, 1, id);
        bindText(trigger, 2, "places");
        runToEnd(trigger);
    }
    raw.exec("COMMIT");
}

OpenStore::OpenStore(int cravings) {
    open(Database::Mode::CreateIfMissing);
    if (cravings == 0)
        return;
    db.reset();
    fillRaw(path(), key, cravings);
    open(Database::Mode::OpenExisting);
}

CravingEntry sampleEntry(const Clock& clock) {
    CravingEntry entry;
    entry.occurredAt = clock.now();
    entry.note = kNote;
    entry.triggers = CravingTrigger::Places | CravingTrigger::Tired;
    return entry;
}

void AddCravingThroughStore(benchmark::State& state) {
    OpenStore store;
    const platform::FixedClock clock(QDateTime::currentDateTimeUtc());
    CravingLogStore logs(*store.db, clock);
    const CravingEntry entry = sampleEntry(clock);
    for (auto _ : state)
        benchmark::DoNotOptimize(logs.add(entry).ok());
}

void AddCravingThroughCApi(benchmark::State& state) {
    OpenStore store;
    store.db.reset();
    RawConnection raw(store.path(), store.key);
    sqlite3_stmt* craving = raw.prepare(kInsertCraving);
    sqlite3_stmt* trigger = raw.prepare(kInsertTrigger);
    const QByteArray note = kNote.toUtf8();
    for (auto _ : state) {
        const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        raw.exec("BEGIN IMMEDIATE");
        bindText(craving, 1, id);
        sqlite3_bind_int64(craving, 2, QDateTime::currentMSecsSinceEpoch());
        sqlite3_bind_int(craving, 3, 5);
        bindText(craving, 4, note);
        runToEnd(craving);
        for (const char* name : {"places", "tired"}) {
            bindText(trigger, 1, id);
            bindText(trigger, 2, name);
            runToEnd(trigger);
        }
        raw.exec("COMMIT");
    }
}

constexpr int kRecentOf = 10'000;

void RecentFiftyThroughStore(benchmark::State& state) {
    const OpenStore store(kRecentOf);
    const platform::FixedClock clock(QDateTime::currentDateTimeUtc());
    const CravingLogStore logs(*store.db, clock);
    for (auto _ : state)
        benchmark::DoNotOptimize(logs.recent(50)->size());
}

void RecentFiftyThroughCApi(benchmark::State& state) {
    OpenStore store(kRecentOf);
    store.db.reset();
    RawConnection raw(store.path(), store.key);
    sqlite3_stmt* recent = raw.prepare(
        "SELECT l.id, l.occurred_at, l.intensity, l.note, l.coping_skill, l.outcome, "
        "l.created_at, l.updated_at, l.deleted_at, (SELECT group_concat(t.trigger) FROM "
        "craving_log_trigger t WHERE t.log_id = l.id), l.occurred_offset_s FROM craving_log l "
        "WHERE l.deleted_at IS NULL ORDER BY l.occurred_at DESC LIMIT 50");
    for (auto _ : state) {
        qint64 rows = 0;
        while (sqlite3_step(recent) == SQLITE_ROW) {
            benchmark::DoNotOptimize(sqlite3_column_text(recent, 0));
            benchmark::DoNotOptimize(sqlite3_column_text(recent, 3));
            benchmark::DoNotOptimize(sqlite3_column_text(recent, 9));
            ++rows;
        }
        sqlite3_reset(recent);
        benchmark::DoNotOptimize(rows);
    }
}

void openRepeatedly(benchmark::State& state, const QString& path, const DatabaseKey& key) {
    for (auto _ : state)
        benchmark::DoNotOptimize(
            Database::open(path, key, Database::Mode::OpenExisting, schemaMigrations()).ok());
}

constexpr int kLargeProfile = 50'000;

void OpenLargeProfile(benchmark::State& state) {
    OpenStore store(kLargeProfile);
    store.db.reset();
    openRepeatedly(state, store.path(), store.key);
}

void CheckLargeProfile(benchmark::State& state) {
    const OpenStore store(kLargeProfile);
    const std::atomic<bool> cancelled = false;
    for (auto _ : state)
        benchmark::DoNotOptimize(Database::checkIntegrity(store.path(), store.key, cancelled).ok());
}

void OpenEmptyProfile(benchmark::State& state) {
    OpenStore store;
    store.db.reset();
    openRepeatedly(state, store.path(), store.key);
}

void OpenWithPassphrase(benchmark::State& state) {
    const QByteArray salt = PassphraseKdf::newSalt();
    const QString passphrase = QStringLiteral("a long passphrase");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.db"));
    (void)Database::open(path, PassphraseKdf::derive(passphrase, salt),
                         Database::Mode::CreateIfMissing, schemaMigrations())
        .value();
    for (auto _ : state) {
        const DatabaseKey key = PassphraseKdf::derive(passphrase, salt);
        benchmark::DoNotOptimize(
            Database::open(path, key, Database::Mode::OpenExisting, schemaMigrations()).ok());
    }
}

const ComparisonList kComparisons{{
    {"store-add-craving", AddCravingThroughStore, AddCravingThroughCApi},
    {"store-recent-50-of-10000", RecentFiftyThroughStore, RecentFiftyThroughCApi},
    {"store-open-50000-cravings", OpenLargeProfile, OpenEmptyProfile},
    {"store-open-passphrase", OpenWithPassphrase, OpenEmptyProfile},
    {"store-integrity-check-50000-cravings", CheckLargeProfile, OpenLargeProfile},
}};

} // namespace
