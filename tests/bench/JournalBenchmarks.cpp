// scripts/bench journal: the journal's search on a journal of 20,000 entries (English and
// Spanish, 40 to 160 words each), each figure beside a baseline measured in the same run:
//  - journal-search: JournalStore::search for a two-word prefix query ("walk spons"), the first
//    page of 50 with snippets, vs the same FTS4 query (the same SQL and MATCH expression)
//    stepped through the raw SQLCipher C API, reading the same columns;
//  - journal-delete: JournalStore::remove (tombstone, tags, versions, index row), what the client
//    waits for, vs deleting the same rows through the C API;
//  - journal-erase: JournalStore::eraseDeletedWords after one delete (merging the index so that no
//    segment keeps the entry's words; it runs on a thread of its own, JournalIndexPurge) vs the
//    same 'optimize' through the C API.
// STEPSTONE_BENCH_JOURNAL_ENTRIES sets another size (the smoke run in the tests uses a small one).
#include "Comparison.h"
#include "RawConnection.h"
#include "fake/FixedClock.h"
#include "store/JournalStore.h"
#include "store/Schema.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

using namespace stepstone;
using namespace stepstone::bench;

namespace {

const char* const kSentences[] = {
    "Walked by the river after group and the craving passed before the bridge.",
    "Called my sponsor on the way home from work; we talked for twenty minutes.",
    "Slept badly again, woke up at four and made tea instead of going out.",
    "My sister came over for dinner and we laughed about the old neighbourhood.",
    "Payday is always hard, so I took the long way home and skipped the bar on Fifth.",
    "Wrote down three things that went right today, which helped more than I expected.",
    "The meeting tonight was small but someone said exactly what I needed to hear.",
    "Felt angry at my boss and noticed the urge rise, then fall after a walk.",
    "Hoy fui a la reunión con mi hermana y me sentí tranquila durante toda la tarde.",
    "Llamé a mi madrina antes de salir del trabajo porque tenía muchas ganas de consumir.",
    "Caminé por el parque después del grupo y las ganas se fueron poco a poco.",
    "Dormí mal otra vez, me desperté temprano y preparé café en lugar de salir.",
    "La búsqueda de trabajo me cansa, pero hoy tuve una entrevista que salió bien.",
    "Mi hijo me abrazó al llegar a casa y recordé por qué sigo adelante.",
    "Estaba enojado con mi jefe y noté la urgencia, luego pasó después de caminar.",
    "Escribí tres cosas buenas del día y me ayudó más de lo que esperaba.",
};

int journalSize() {
    bool ok = false;
    const int size = qEnvironmentVariableIntValue("STEPSTONE_BENCH_JOURNAL_ENTRIES", &ok);
    return ok && size > 0 ? size : 20'000;
}

constexpr char kInsertEntry[] = R"sql(
INSERT INTO journal_entry (id, written_at, written_offset_s, title, body, mood, created_at,
                           created_offset_s, updated_at, updated_offset_s)
VALUES (?1, ?2, -21600, ?3, ?4, ?5, ?2, -21600, ?2, -21600))sql";
constexpr char kIndexEntry[] =
    "INSERT INTO journal_search (docid, title, body, tags) VALUES (last_insert_rowid(), ?1, ?2, "
    "?3)";
constexpr char kInsertTag[] =
    "INSERT INTO journal_tag (entry_id, position, tag) VALUES (?1, 0, ?2)";

// The store's first search page, as JournalStore runs it.
constexpr char kSearch[] =
    "SELECT e.id, e.written_at, e.written_offset_s, e.title, e.body, e.mood, e.created_at, "
    "e.created_offset_s, e.updated_at, e.updated_offset_s, e.deleted_at, "
    "(SELECT group_concat(t.tag, char(10)) FROM journal_tag t WHERE t.entry_id = e.id) , "
    "snippet(journal_search, char(1), char(2), '\u2026', -1, -24), s.docid "
    "FROM journal_search s JOIN journal_entry e ON e.seq = s.docid "
    "WHERE journal_search MATCH ?4 AND e.deleted_at IS NULL ORDER BY s.docid DESC LIMIT ?1";

const QString kTyped = QStringLiteral("walk spons");
constexpr int kPage = 50;

// One journal of journalSize() entries for the whole run, written through the C API in one
// transaction (the fastest way to give a benchmark a large file).
struct Journal {
    QTemporaryDir dir;
    DatabaseKey key = DatabaseKey::generate();
    QString path() const { return dir.filePath(QStringLiteral("j.db")); }

    Journal() {
        (void)Database::open(path(), key, Database::Mode::CreateIfMissing, schemaMigrations())
            .value();
        RawConnection raw(path(), key);
        sqlite3_stmt* entry = raw.prepare(kInsertEntry);
        sqlite3_stmt* index = raw.prepare(kIndexEntry);
        sqlite3_stmt* tag = raw.prepare(kInsertTag);
        QRandomGenerator random(20'261'204);
        constexpr int kSentenceCount = int(std::size(kSentences));
        raw.exec("BEGIN IMMEDIATE");
        for (int i = 0; i < journalSize(); ++i) {
            QStringList body;
            const int sentences = 3 + int(random.bounded(8)); // 40 to 160 words
            for (int s = 0; s < sentences; ++s)
                body << QString::fromUtf8(kSentences[random.bounded(kSentenceCount)]);
            const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            const QByteArray text = body.join(u' ').toUtf8();
            const QByteArray title =
                i % 3 == 0 ? QByteArray("Day ") + QByteArray::number(i) : QByteArray();
            const QByteArray tagText = i % 2 ? QByteArray("sleep") : QByteArray("family");
            bindText(entry, 1, id);
            sqlite3_bind_int64(entry, 2, 1'700'000'000'000 + qint64(i) * 3'600'000);
            bindText(entry, 3, title);
            bindText(entry, 4, text);
            sqlite3_bind_int(entry, 5, i % 11);
            runToEnd(entry);
            bindText(index, 1, title);
            bindText(index, 2, text);
            bindText(index, 3, tagText);
            runToEnd(index);
            bindText(tag, 1, id);
            bindText(tag, 2, tagText);
            runToEnd(tag);
        }
        raw.exec("COMMIT");
        // Merged into one segment, as the app's purge leaves the index.
        raw.exec("INSERT INTO journal_search (journal_search) VALUES ('optimize')");
    }
};

Journal& journal() {
    static Journal built;
    return built;
}

// The journal opened as the app opens it, with its store.
struct OpenJournal {
    std::unique_ptr<Database> db = Database::open(journal().path(), journal().key,
                                                  Database::Mode::OpenExisting, schemaMigrations())
                                       .value();
    platform::FixedClock clock{QDateTime::currentDateTimeUtc()};
    JournalStore store{*db, clock};
};

void SearchThroughStore(benchmark::State& state) {
    OpenJournal open;
    const JournalStore& store = open.store;
    std::size_t hits = 0;
    for (auto _ : state) {
        auto found = store.search(kTyped, std::nullopt, kPage);
        hits = found ? found->hits.size() : 0;
        benchmark::DoNotOptimize(hits);
    }
    if (hits == 0)
        state.SkipWithError("the query found nothing");
    state.counters["hits"] = double(hits);
}

void SearchThroughCApi(benchmark::State& state) {
    RawConnection raw(journal().path(), journal().key);
    sqlite3_stmt* search = raw.prepare(kSearch);
    const QByteArray match = ftsPrefixQuery(kTyped).toUtf8();
    qint64 rows = 0;
    for (auto _ : state) {
        sqlite3_bind_int(search, 1, kPage + 1);
        bindText(search, 4, match);
        rows = 0;
        while (sqlite3_step(search) == SQLITE_ROW) {
            for (int column : {0, 3, 4, 11, 12, 13})
                benchmark::DoNotOptimize(sqlite3_column_text(search, column));
            ++rows;
        }
        sqlite3_reset(search);
        benchmark::DoNotOptimize(rows);
    }
    if (rows == 0)
        state.SkipWithError("the query found nothing");
}

JournalContent someEntry() {
    JournalContent content;
    content.writtenAt = QDateTime::currentDateTimeUtc();
    content.body = QString::fromUtf8(kSentences[0]) + u' ' + QString::fromUtf8(kSentences[9]);
    content.tags = {QStringLiteral("walks")};
    return content;
}

void DeleteThroughStore(benchmark::State& state) {
    OpenJournal open;
    JournalStore& store = open.store;
    for (auto _ : state) {
        state.PauseTiming();
        const QUuid id = store.add(someEntry()).value().id;
        state.ResumeTiming();
        benchmark::DoNotOptimize(store.remove(id).ok());
    }
}

void DeleteThroughCApi(benchmark::State& state) {
    OpenJournal open;
    JournalStore& store = open.store;
    RawConnection raw(journal().path(), journal().key);
    sqlite3_stmt* seq = raw.prepare("SELECT seq FROM journal_entry WHERE id = ?1");
    sqlite3_stmt* tombstone =
        raw.prepare("UPDATE journal_entry SET title = '', body = '', mood = NULL, updated_at = ?2, "
                    "deleted_at = ?2 WHERE id = ?1");
    sqlite3_stmt* tags = raw.prepare("DELETE FROM journal_tag WHERE entry_id = ?1");
    sqlite3_stmt* versions = raw.prepare("DELETE FROM journal_version WHERE entry_id = ?1");
    sqlite3_stmt* unindex = raw.prepare("DELETE FROM journal_search WHERE docid = ?1");
    for (auto _ : state) {
        state.PauseTiming();
        const QByteArray id = store.add(someEntry()).value().id.toByteArray(QUuid::WithoutBraces);
        state.ResumeTiming();
        raw.exec("BEGIN IMMEDIATE");
        bindText(seq, 1, id);
        sqlite3_step(seq);
        const qint64 docid = sqlite3_column_int64(seq, 0);
        sqlite3_reset(seq);
        bindText(tombstone, 1, id);
        sqlite3_bind_int64(tombstone, 2, QDateTime::currentMSecsSinceEpoch());
        runToEnd(tombstone);
        for (sqlite3_stmt* erase : {tags, versions}) {
            bindText(erase, 1, id);
            runToEnd(erase);
        }
        sqlite3_bind_int64(unindex, 1, docid);
        runToEnd(unindex);
        raw.exec("COMMIT");
    }
}

// Each merge is timed after one delete through the store, so each has the same work to do.
void EraseThroughStore(benchmark::State& state) {
    OpenJournal open;
    JournalStore& store = open.store;
    for (auto _ : state) {
        state.PauseTiming();
        (void)store.remove(store.add(someEntry()).value().id);
        state.ResumeTiming();
        benchmark::DoNotOptimize(JournalStore::eraseDeletedWords(*open.db).ok());
    }
}

void EraseThroughCApi(benchmark::State& state) {
    OpenJournal open;
    JournalStore& store = open.store;
    RawConnection raw(journal().path(), journal().key);
    for (auto _ : state) {
        state.PauseTiming();
        (void)store.remove(store.add(someEntry()).value().id);
        state.ResumeTiming();
        raw.exec("BEGIN IMMEDIATE");
        raw.exec("INSERT INTO journal_search (journal_search) VALUES ('optimize')");
        raw.exec("COMMIT");
    }
}

const ComparisonList kComparisons{{
    {"journal-search", SearchThroughStore, SearchThroughCApi},
    {"journal-delete", DeleteThroughStore, DeleteThroughCApi},
    {"journal-erase", EraseThroughStore, EraseThroughCApi},
}};

} // namespace
