#include "TestFiles.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"
#include "profile/ProfileOpener.h"
#include "store/CravingLogStore.h"

#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kMarker = QStringLiteral("MARKER-7f3a9c-relapse-at-the-blue-door");

void expectNoFileHoldsTheMarker(const QString& dir) {
    const auto files = snapshot(dir);
    ASSERT_FALSE(files.empty());
    for (const auto& [name, bytes] : files) {
        EXPECT_FALSE(bytes.contains(kMarker.toUtf8())) << qPrintable(name);
        EXPECT_FALSE(bytes.contains(
            QByteArray(reinterpret_cast<const char*>(kMarker.utf16()), kMarker.size() * 2)))
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
