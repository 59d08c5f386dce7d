#include "store/Database.h"

#include "TestFiles.h"
#include "store/Schema.h"
#include "store/SqlCipher.h"

#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

constexpr Migration kTwoSteps[] = {
    {1, "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"},
    {2, "ALTER TABLE note ADD COLUMN created INTEGER NOT NULL DEFAULT 0;"},
};

class DatabaseTest : public ::testing::Test {
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }

    std::unique_ptr<Database> create(std::span<const Migration> steps = kTwoSteps) {
        auto db = Database::open(path(), m_key, Database::Mode::CreateIfMissing, steps);
        EXPECT_TRUE(db.ok()) << (db.ok() ? "" : qPrintable(db.error().detail));
        return db.ok() ? std::move(*db) : nullptr;
    }

    void fillPages(Database& db, int rows) {
        ASSERT_TRUE(db.begin().ok());
        for (int i = 0; i < rows; ++i) {
            auto insert = db.prepared("INSERT INTO note (body) VALUES (?1)");
            ASSERT_TRUE(insert.ok());
            ASSERT_TRUE((*insert)->bind(1, QString(200, QChar(u'a' + i % 26))).run().ok());
        }
        ASSERT_TRUE(db.commit().ok());
    }

    QTemporaryDir m_dir;
    DatabaseKey m_key = DatabaseKey::generate();
};

} // namespace

TEST_F(DatabaseTest, NewFileIsEncryptedAndNotReadableAsSqlite) {
    auto db = create();
    ASSERT_TRUE(db);
    fillPages(*db, 10);
    db.reset();
    const QByteArray bytes = readAll(path());
    ASSERT_GT(bytes.size(), 1024);
    EXPECT_FALSE(bytes.startsWith("SQLite format 3"));
}

TEST_F(DatabaseTest, ReopensWithTheSameKey) {
    {
        auto db = create();
        ASSERT_TRUE(db);
        fillPages(*db, 3);
    }
    auto again = Database::open(path(), m_key, Database::Mode::OpenExisting, kTwoSteps);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ((*again)->schemaVersion(), 2);
    EXPECT_EQ(*(*again)->integrityCheck(), "ok");
}

TEST_F(DatabaseTest, WrongKeyGivesTypedErrorAndLeavesFileUntouched) {
    {
        auto db = create();
        ASSERT_TRUE(db);
        fillPages(*db, 50);
    }
    const auto before = snapshot(m_dir.path());
    auto opened =
        Database::open(path(), DatabaseKey::generate(), Database::Mode::OpenExisting, kTwoSteps);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, StoreErrorKind::WrongKeyOrDamaged);
    EXPECT_FALSE(opened.error().message().isEmpty());
    EXPECT_EQ(snapshot(m_dir.path()), before);
}

// Opening reads no more of the file than it must; the check reads all of it, on a read-only
// connection of its own, while the one in use stays open.
TEST_F(DatabaseTest, DamagedPageIsFoundByTheIntegrityCheckAndLeftUntouched) {
    {
        auto db = create();
        ASSERT_TRUE(db);
        fillPages(*db, 200);
    }
    QByteArray bytes = readAll(path());
    ASSERT_GT(bytes.size(), 20 * 1024);
    for (int i = 0; i < 64; ++i)
        bytes[10 * 1024 + 100 + i] = char(bytes[10 * 1024 + 100 + i] ^ 0x5a);
    writeAll(path(), bytes);

    auto opened = Database::open(path(), m_key, Database::Mode::OpenExisting, kTwoSteps);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().detail);
    const std::atomic<bool> cancelled = false;
    auto checked = Database::checkIntegrity(path(), m_key, cancelled);
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().kind, StoreErrorKind::Corrupt);
    EXPECT_FALSE(checked.error().message().isEmpty());
    opened->reset();
    EXPECT_EQ(readAll(path()), bytes);
}

TEST_F(DatabaseTest, IntegrityCheckPassesAnIntactFileWhileItIsInUse) {
    auto db = create();
    ASSERT_TRUE(db);
    fillPages(*db, 200);
    const std::atomic<bool> cancelled = false;
    EXPECT_TRUE(Database::checkIntegrity(path(), m_key, cancelled).ok());
    fillPages(*db, 1);
}

TEST_F(DatabaseTest, CancelledIntegrityCheckStopsWithoutAVerdict) {
    // SQLite can stop the check between the rows it compares with their indexes.
    constexpr Migration indexed[] = {
        {1, "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
            "CREATE INDEX note_by_body ON note (body);"},
    };
    auto db = create(indexed);
    ASSERT_TRUE(db);
    fillPages(*db, 200);
    const std::atomic<bool> cancelled = true;
    auto checked = Database::checkIntegrity(path(), m_key, cancelled);
    ASSERT_FALSE(checked.ok());
    EXPECT_NE(checked.error().kind, StoreErrorKind::Corrupt);
}

TEST_F(DatabaseTest, GarbageFileIsRefusedAndLeftUntouched) {
    QByteArray garbage(8192, Qt::Uninitialized);
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) & 0xff);
    writeAll(path(), garbage);
    auto opened = Database::open(path(), m_key, Database::Mode::OpenExisting, kTwoSteps);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, StoreErrorKind::WrongKeyOrDamaged);
    EXPECT_EQ(readAll(path()), garbage);
}

TEST_F(DatabaseTest, PlainSqliteFileIsRefusedAsNotEncrypted) {
    sqlite3* plain = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path()).constData(), &plain), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(plain, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", nullptr, nullptr,
                           nullptr),
              SQLITE_OK);
    sqlite3_close(plain);
    const QByteArray before = readAll(path());
    ASSERT_TRUE(before.startsWith("SQLite format 3"));

    auto opened = Database::open(path(), m_key, Database::Mode::OpenExisting, kTwoSteps);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, StoreErrorKind::NotEncrypted);
    EXPECT_EQ(readAll(path()), before);
}

TEST_F(DatabaseTest, NewerSchemaIsRefusedAndLeftUntouched) {
    {
        auto db = create();
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec("PRAGMA user_version = 99").ok());
    }
    const auto before = snapshot(m_dir.path());
    auto opened = Database::open(path(), m_key, Database::Mode::OpenExisting, kTwoSteps);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, StoreErrorKind::SchemaTooNew);
    EXPECT_EQ(snapshot(m_dir.path()), before);
}

TEST_F(DatabaseTest, MissingFileIsNotCreatedWhenOpeningExisting) {
    auto opened = Database::open(path(), m_key, Database::Mode::OpenExisting, kTwoSteps);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, StoreErrorKind::NotFound);
    EXPECT_FALSE(QFile::exists(path()));
}

TEST_F(DatabaseTest, MigrationsUpgradeAnOlderSchemaAndKeepItsRows) {
    {
        auto db = create(std::span(kTwoSteps).first(1));
        ASSERT_TRUE(db);
        EXPECT_EQ(db->schemaVersion(), 1);
        fillPages(*db, 5);
    }
    auto db = Database::open(path(), m_key, Database::Mode::OpenExisting, kTwoSteps);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ((*db)->schemaVersion(), 2);
    auto count = (*db)->prepared("SELECT count(*), sum(created) FROM note");
    ASSERT_TRUE(count.ok() && (*count)->step().ok());
    EXPECT_EQ((*count)->integer(0), 5);
    EXPECT_EQ((*count)->integer(1), 0);
}

TEST_F(DatabaseTest, FailedMigrationRollsBackWhole) {
    {
        auto db = create(std::span(kTwoSteps).first(1));
        ASSERT_TRUE(db);
    }
    constexpr Migration broken[] = {
        kTwoSteps[0],
        {2, "CREATE TABLE extra (x); INSERT INTO no_such_table VALUES (1);"},
    };
    auto db = Database::open(path(), m_key, Database::Mode::OpenExisting, broken);
    ASSERT_FALSE(db.ok());
    auto reopened =
        Database::open(path(), m_key, Database::Mode::OpenExisting, std::span(kTwoSteps).first(1));
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ((*reopened)->schemaVersion(), 1);
    auto extra = (*reopened)->prepared("SELECT count(*) FROM sqlite_master WHERE name = 'extra'");
    ASSERT_TRUE(extra.ok() && (*extra)->step().ok());
    EXPECT_EQ((*extra)->integer(0), 0);
}

TEST_F(DatabaseTest, OpensDatabasesMadeByEveryEarlierProductSchema) {
    const auto all = schemaMigrations();
    for (std::size_t made = 1; made <= all.size(); ++made) {
        QFile::remove(path());
        {
            auto db = create(all.first(made));
            ASSERT_TRUE(db);
        }
        auto db = Database::open(path(), m_key, Database::Mode::OpenExisting, all);
        ASSERT_TRUE(db.ok()) << "schema " << made;
        EXPECT_EQ((*db)->schemaVersion(), all.back().version);
        EXPECT_EQ(*(*db)->integrityCheck(), "ok");
    }
}
