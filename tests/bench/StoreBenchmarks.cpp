// Speed of the encrypted store, each figure next to a baseline measured in the same run:
//  - adding a craving through CravingLogStore vs a bare INSERT of the same row on the same
//    SQLCipher connection (the cost of validation, triggers table, outbox and the transaction);
//  - opening a keychain profile (raw key, no KDF) vs a passphrase profile (PBKDF2, 210,000).
// Run: build/tests/bench/stepstone_benchmarks; compare the pairs, not absolute times.
#include "fake/FixedClock.h"
#include "security/PassphraseKdf.h"
#include "store/CravingLogStore.h"
#include "store/Schema.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace stepstone;

namespace {

struct OpenStore {
    QTemporaryDir dir;
    DatabaseKey key = DatabaseKey::generate();
    std::unique_ptr<Database> db;

    OpenStore() {
        db = Database::open(dir.filePath("b.db"), key, Database::Mode::CreateIfMissing,
                            schemaMigrations())
                 .value();
    }
};

void BaselineBareInsert(benchmark::State& state) {
    OpenStore store;
    qint64 i = 0;
    for (auto _ : state) {
        auto insert = store.db->prepared(
            "INSERT INTO craving_log (id, occurred_at, intensity, note, coping_skill, outcome, "
            "created_at, updated_at) VALUES (?1, 0, 5, 'a note', '', 'passed', 0, 0)");
        benchmark::DoNotOptimize((*insert)->bind(1, QString::number(++i)).run().ok());
    }
}
BENCHMARK(BaselineBareInsert);

void AddCravingThroughStore(benchmark::State& state) {
    OpenStore store;
    platform::FixedClock clock(QDateTime::currentDateTimeUtc());
    CravingLogStore logs(*store.db, clock);
    CravingEntry entry;
    entry.occurredAt = clock.now();
    entry.note = QStringLiteral("a note");
    entry.triggers = CravingTrigger::Places | CravingTrigger::Tired;
    for (auto _ : state)
        benchmark::DoNotOptimize(logs.add(entry).ok());
}
BENCHMARK(AddCravingThroughStore);

void RecentFiftyOfTenThousand(benchmark::State& state) {
    OpenStore store;
    platform::FixedClock clock(QDateTime::currentDateTimeUtc());
    CravingLogStore logs(*store.db, clock);
    CravingEntry entry;
    entry.occurredAt = clock.now();
    for (int i = 0; i < 10'000; ++i) {
        entry.occurredAt = entry.occurredAt.addSecs(60);
        (void)logs.add(entry);
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(logs.recent(50)->size());
}
BENCHMARK(RecentFiftyOfTenThousand)->Unit(benchmark::kMicrosecond);

void OpenWithRawKey(benchmark::State& state) {
    OpenStore store;
    store.db.reset();
    for (auto _ : state)
        benchmark::DoNotOptimize(Database::open(store.dir.filePath("b.db"), store.key,
                                                Database::Mode::OpenExisting, schemaMigrations())
                                     .ok());
}
BENCHMARK(OpenWithRawKey)->Unit(benchmark::kMillisecond);

void OpenWithPassphrase(benchmark::State& state) {
    OpenStore store;
    store.db.reset();
    const QByteArray salt = PassphraseKdf::newSalt();
    for (auto _ : state) {
        const DatabaseKey key = PassphraseKdf::derive(QStringLiteral("a long passphrase"), salt);
        benchmark::DoNotOptimize(key.isValid());
    }
}
BENCHMARK(OpenWithPassphrase)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
