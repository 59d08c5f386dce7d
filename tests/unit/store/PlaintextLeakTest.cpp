#include "TestFiles.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"
#include "profile/ProfileOpener.h"
#include "store/CravingLogStore.h"
#include "store/JournalStore.h"
#include "store/PlanStore.h"

#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kMarker = QStringLiteral("MARKER-7f3a9c-relapse-at-the-blue-door");

void expectNoFileHoldsTheMarker(const QString& dir, const QString& marker = kMarker) {
    const auto files = snapshot(dir);
    ASSERT_FALSE(files.empty());
    for (const auto& [name, bytes] : files) {
        EXPECT_FALSE(bytes.contains(marker.toUtf8())) << qPrintable(name);
        EXPECT_FALSE(bytes.contains(
            QByteArray(reinterpret_cast<const char*>(marker.utf16()), marker.size() * 2)))
            << qPrintable(name);
        EXPECT_FALSE(bytes.startsWith("SQLite format 3")) << qPrintable(name);
    }
}

} // namespace

// The WAL holds recent writes until a checkpoint, so the check runs while the database is
// open, with the write still in the WAL, and again after it is closed.
TEST(PlaintextLeak, MarkerLoggedThroughCoreIsInNoByteOfAnyFile) {
    QTemporaryDir dir;
    platform::InMemorySecretStore secrets;
    platform::FixedClock clock(QDateTime::currentDateTimeUtc());
    ProfileOpener opener(dir.path(), secrets, clock);
    {
        auto opened = opener.openWithKeychain();
        ASSERT_TRUE(opened.ok());
        CravingLogStore store(*opened->database, clock);
        for (int i = 0; i < 20; ++i) {
            CravingEntry entry;
            entry.occurredAt = clock.now();
            entry.note = kMarker + QString::number(i);
            ASSERT_TRUE(store.add(entry).ok());
        }
        EXPECT_TRUE(QFile::exists(opener.databasePath(ProfileKind::Keychain) + "-wal"));
        expectNoFileHoldsTheMarker(dir.path());
    }
    expectNoFileHoldsTheMarker(dir.path());
}

// The journal's title, body and tags, their earlier versions and the search index's copy of
// them (FTS4 tables inside the same encrypted file), searched and edited and deleted: in no
// byte of any file, WAL included, open or closed.
TEST(PlaintextLeak, JournalTextAndItsSearchIndexAreInNoByteOfAnyFile) {
    const QString marker = QStringLiteral("journalmarker9b2e");
    QTemporaryDir dir;
    platform::InMemorySecretStore secrets;
    platform::FixedClock clock(QDateTime::currentDateTimeUtc());
    ProfileOpener opener(dir.path(), secrets, clock);
    {
        auto opened = opener.openWithKeychain();
        ASSERT_TRUE(opened.ok());
        JournalStore journal(*opened->database, clock);
        std::vector<JournalEntry> written;
        for (int i = 0; i < 20; ++i) {
            JournalContent content;
            content.writtenAt = clock.now();
            content.title = marker + QStringLiteral("title%1").arg(i);
            content.body = QStringLiteral("búsqueda ") + marker + QStringLiteral("body%1").arg(i);
            content.tags = {marker + QStringLiteral("tag%1").arg(i)};
            auto added = journal.add(content);
            ASSERT_TRUE(added.ok());
            written.push_back(*added);
        }
        JournalContent edited = written[0].content;
        edited.body = marker + QStringLiteral("edited");
        ASSERT_TRUE(journal.update(written[0].id, edited).ok());
        ASSERT_TRUE(journal.remove(written[1].id).ok());
        auto hits = journal.search(marker.left(8), std::nullopt, 50);
        ASSERT_TRUE(hits.ok());
        EXPECT_EQ(hits->hits.size(), 19u);
        EXPECT_TRUE(QFile::exists(opener.databasePath(ProfileKind::Keychain) + "-wal"));
        expectNoFileHoldsTheMarker(dir.path(), marker);
    }
    expectNoFileHoldsTheMarker(dir.path(), marker);
}

// The plan is the most personal thing in the app (the people, what sets the client off), so the
// same check runs on it: every section, a person's name, phone and when-to-call, a write still in
// the WAL, and again once the file is closed.
TEST(PlaintextLeak, PlanTextIsInNoByteOfAnyFile) {
    QTemporaryDir dir;
    platform::InMemorySecretStore secrets;
    platform::FixedClock clock(QDateTime::currentDateTimeUtc());
    ProfileOpener opener(dir.path(), secrets, clock);
    {
        auto opened = opener.openWithKeychain();
        ASSERT_TRUE(opened.ok());
        PlanStore store(*opened->database, clock);
        PlanContent content;
        for (const char* section : {"reasons", "warning-signs", "coping", "after-lapse"})
            content[QString::fromLatin1(section)].push_back(
                {kMarker + QLatin1String(section), {}, {}});
        content[QStringLiteral("people")].push_back({kMarker + QStringLiteral("name"),
                                                     kMarker + QStringLiteral("phone"),
                                                     kMarker + QStringLiteral("when")});
        ASSERT_TRUE(store.save(content, QStringLiteral("q|1")).ok());
        EXPECT_TRUE(QFile::exists(opener.databasePath(ProfileKind::Keychain) + "-wal"));
        expectNoFileHoldsTheMarker(dir.path());
        // A second save rewrites every entry: the old rows must not surface either.
        content[QStringLiteral("coping")].push_back({kMarker + QStringLiteral("again"), {}, {}});
        ASSERT_TRUE(store.save(content, QStringLiteral("q|1")).ok());
        expectNoFileHoldsTheMarker(dir.path());
    }
    expectNoFileHoldsTheMarker(dir.path());
}
