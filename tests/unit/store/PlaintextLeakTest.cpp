#include "TestFiles.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"
#include "profile/ProfileOpener.h"
#include "store/CravingLogStore.h"
#include "store/DoseLogStore.h"
#include "store/JournalStore.h"
#include "store/PlanStore.h"

#include <functional>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kMarker = QStringLiteral("MARKER-7f3a9c-relapse-at-the-blue-door");

void expectNoFileHoldsTheMarker(const QString& dir, const QString& marker) {
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

// Opens a real keychain profile in a fresh folder, lets `write` store the marker through core,
// and checks every file while the database is open (the WAL holds recent writes until a
// checkpoint) and again after it is closed.
void expectMarkerInNoFileAfter(const std::function<void(Database&, const Clock&)>& write,
                               const QString& marker = kMarker) {
    QTemporaryDir dir;
    platform::InMemorySecretStore secrets;
    platform::FixedClock clock(QDateTime::currentDateTimeUtc());
    ProfileOpener opener(dir.path(), secrets, clock);
    {
        auto opened = opener.openWithKeychain();
        ASSERT_TRUE(opened.ok());
        write(*opened->database, clock);
        EXPECT_TRUE(QFile::exists(opener.databasePath(ProfileKind::Keychain) + "-wal"));
        expectNoFileHoldsTheMarker(dir.path(), marker);
    }
    expectNoFileHoldsTheMarker(dir.path(), marker);
}

} // namespace

TEST(PlaintextLeak, MarkerLoggedThroughCoreIsInNoByteOfAnyFile) {
    expectMarkerInNoFileAfter([](Database& db, const Clock& clock) {
        CravingLogStore store(db, clock);
        for (int i = 0; i < 20; ++i) {
            CravingEntry entry;
            entry.occurredAt = clock.now();
            entry.note = kMarker + QString::number(i);
            ASSERT_TRUE(store.add(entry).ok());
        }
    });
}

// Which medicines a client takes (methadone, buprenorphine) says what they are treated for: the
// name, dose unit and prescriber, and a skipped dose's reason.
TEST(PlaintextLeak, MedicinesAndDoseReasonsAreInNoByteOfAnyFile) {
    expectMarkerInNoFileAfter([](Database& db, const Clock& clock) {
        MedicationStore medications(db, clock);
        DoseLogStore doses(db, medications, clock);
        MedicationEntry entry;
        entry.name = kMarker + QStringLiteral("name");
        entry.dose = {8, kMarker + QStringLiteral("unit")};
        entry.schedule = {ScheduleKind::Daily, {QTime(8, 0)}, {}};
        entry.prescriber = kMarker + QStringLiteral("prescriber");
        auto added = medications.add(entry);
        ASSERT_TRUE(added.ok());
        ASSERT_TRUE(doses
                        .mark({added->id, clock.now(), DoseOutcome::Skipped,
                               kMarker + QStringLiteral("reason")})
                        .ok());
    });
}

// The plan is the most personal thing in the app (the people, what sets the client off): every
// section, a person's name, phone and when-to-call, and a second save that rewrites every row.
TEST(PlaintextLeak, PlanTextIsInNoByteOfAnyFile) {
    expectMarkerInNoFileAfter([](Database& db, const Clock& clock) {
        PlanStore store(db, clock);
        PlanContent content;
        for (const char* section : {"reasons", "warning-signs", "coping", "after-lapse"})
            content[QString::fromLatin1(section)].push_back(
                {kMarker + QLatin1String(section), {}, {}});
        content[QStringLiteral("people")].push_back({kMarker + QStringLiteral("name"),
                                                     kMarker + QStringLiteral("phone"),
                                                     kMarker + QStringLiteral("when")});
        ASSERT_TRUE(store.save(content, QStringLiteral("q|1")).ok());
        content[QStringLiteral("coping")].push_back({kMarker + QStringLiteral("again"), {}, {}});
        ASSERT_TRUE(store.save(content, QStringLiteral("q|1")).ok());
    });
}

// The journal's title, body and tags, their earlier versions and the search index's copy of
// them (FTS4 tables inside the same encrypted file), searched, edited and deleted. The marker is
// one lowercase word, as the index keeps its words.
TEST(PlaintextLeak, JournalTextAndItsSearchIndexAreInNoByteOfAnyFile) {
    const QString marker = QStringLiteral("journalmarker9b2e");
    expectMarkerInNoFileAfter(
        [&](Database& db, const Clock& clock) {
            JournalStore journal(db, clock);
            std::vector<JournalEntry> written;
            for (int i = 0; i < 20; ++i) {
                JournalContent content;
                content.writtenAt = clock.now();
                content.title = marker + QStringLiteral("title%1").arg(i);
                content.body =
                    QStringLiteral("búsqueda ") + marker + QStringLiteral("body%1").arg(i);
                content.tags = {marker + QStringLiteral("tag%1").arg(i)};
                auto added = journal.add(content);
                ASSERT_TRUE(added.ok());
                written.push_back(*added);
            }
            JournalContent edited = written[0].content;
            edited.body = marker + QStringLiteral("edited");
            ASSERT_TRUE(journal.update(written[0].id, edited).ok());
            ASSERT_TRUE(journal.remove(written[1].id).ok());
            ASSERT_TRUE(JournalStore::eraseDeletedWords(db).ok()); // the merge writes too
            auto hits = journal.search(marker.left(8), std::nullopt, 50);
            ASSERT_TRUE(hits.ok());
            EXPECT_EQ(hits->hits.size(), 19u);
        },
        marker);
}
