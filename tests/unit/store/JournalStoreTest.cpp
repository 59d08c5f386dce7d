#include "StoreFixture.h"
#include "TestApplication.h"
#include "TestFiles.h"
#include "common/LocalTime.h"
#include "profile/JournalIndexPurge.h"
#include "store/Outbox.h"
#include "store/SqlCipher.h"

#include <QSignalSpy>

using namespace stepstone;

namespace {

class JournalStoreTest : public test::StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        m_journal = &m_profile->journal();
    }

    JournalContent content(const QString& body, const QString& title = {}) const {
        JournalContent c;
        c.writtenAt = m_clock.now();
        c.title = title;
        c.body = body;
        return c;
    }

    JournalEntry write(const QString& body, const QString& title = {}) {
        auto added = m_journal->add(content(body, title));
        EXPECT_TRUE(added.ok());
        m_clock.advanceSeconds(60);
        return added.ok() ? *added : JournalEntry{};
    }

    // The bodies of what `typed` finds, newest first.
    QStringList found(const QString& typed) const {
        auto hits = m_journal->search(typed, std::nullopt, 100);
        EXPECT_TRUE(hits.ok()) << qPrintable(typed) << ": "
                               << qPrintable(hits.ok() ? QString() : hits.error().detail);
        QStringList bodies;
        if (hits)
            for (const JournalHit& hit : hits->hits)
                bodies << hit.entry.content.body;
        return bodies;
    }

    // The whole database, decrypted through SQLCipher into a plain copy: every table, the
    // search index's own tables included. What the copy lacks, no reader with the key can find.
    QByteArray decryptedCopy() const {
        const QString plain = m_dir.filePath(QStringLiteral("plain-copy.db"));
        QFile::remove(plain);
        sqlite3* raw = nullptr;
        EXPECT_EQ(sqlite3_open_v2(QFile::encodeName(m_db->path()).constData(), &raw,
                                  SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
                  SQLITE_OK);
        QByteArray literal = m_key.sqlcipherLiteral();
        sqlite3_key(raw, literal.constData(), int(literal.size()));
        secureWipe(literal);
        const QByteArray attach = "ATTACH DATABASE '" + QFile::encodeName(plain) +
                                  "' AS plaintext KEY '';"
                                  "SELECT sqlcipher_export('plaintext');"
                                  "DETACH DATABASE plaintext;";
        char* error = nullptr;
        EXPECT_EQ(sqlite3_exec(raw, attach.constData(), nullptr, nullptr, &error), SQLITE_OK)
            << (error ? error : "");
        sqlite3_free(error);
        sqlite3_close_v2(raw);
        const QByteArray bytes = test::readAll(plain);
        EXPECT_TRUE(bytes.startsWith("SQLite format 3")) << "the copy is plain";
        return bytes;
    }

    JournalStore* m_journal = nullptr;
};

const QString kMarker = QStringLiteral("zephyrquokka");

} // namespace

TEST_F(JournalStoreTest, AddedEntryComesBackWithEveryFieldIdentityAndTimes) {
    JournalContent c = content(QStringLiteral("Walked to the meeting instead of the bar."),
                               QStringLiteral("Day 12"));
    c.mood = 7;
    c.tags = {QStringLiteral("meetings"), QStringLiteral("evening")};
    auto added = m_journal->add(c);
    ASSERT_TRUE(added.ok());
    EXPECT_FALSE(added->id.isNull());
    EXPECT_EQ(added->content, c);
    EXPECT_EQ(added->content.tags, c.tags) << "tags keep their order";
    EXPECT_EQ(added->createdAt, m_clock.now());
    EXPECT_EQ(added->updatedAt, m_clock.now());
    EXPECT_FALSE(added->deletedAt);

    JournalContent noMood = content(QStringLiteral("no mood today"));
    auto plain = m_journal->add(noMood);
    ASSERT_TRUE(plain.ok());
    EXPECT_FALSE(plain->content.mood.has_value()) << "no mood stays no mood, not 0";
}

TEST_F(JournalStoreTest, InvalidContentIsRefusedAndNothingIsWritten) {
    JournalContent empty = content(QStringLiteral("   "));
    JournalContent badMood = content(QStringLiteral("x"));
    badMood.mood = 11;
    JournalContent tooLong = content(QString(JournalContent::kMaxBodyLength + 1, u'a'));
    for (const JournalContent& bad : {empty, badMood, tooLong}) {
        auto added = m_journal->add(bad);
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().kind, StoreErrorKind::InvalidInput);
        EXPECT_FALSE(added.error().message().isEmpty());
    }
    EXPECT_TRUE(m_journal->page(std::nullopt, 10)->entries.empty());
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 0);
}

TEST_F(JournalStoreTest, EditingKeepsEveryEarlierVersionUntilTheEntryIsDeleted) {
    JournalEntry entry = write(QStringLiteral("first words"), QStringLiteral("v1"));
    const QDateTime firstSaved = entry.updatedAt;
    JournalContent second = entry.content;
    second.body = QStringLiteral("second words");
    second.mood = 4;
    auto updated = m_journal->update(entry.id, second);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->content.body, "second words");
    EXPECT_EQ(updated->createdAt, entry.createdAt);
    EXPECT_EQ(updated->updatedAt, m_clock.now());
    m_clock.advanceSeconds(60);
    JournalContent third = second;
    third.tags = {QStringLiteral("calm")};
    ASSERT_TRUE(m_journal->update(entry.id, third).ok());
    ASSERT_TRUE(m_journal->update(entry.id, third).ok()) << "saving unchanged text";

    auto versions = m_journal->versions(entry.id);
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 2u) << "one per change; an unchanged save keeps none";
    EXPECT_EQ((*versions)[0].content, second) << "latest first";
    EXPECT_EQ((*versions)[1].content, entry.content);
    EXPECT_EQ((*versions)[1].savedAt, firstSaved);
    EXPECT_EQ((*versions)[1].replacedAt, updated->updatedAt);

    ASSERT_TRUE(m_journal->remove(entry.id).ok());
    EXPECT_TRUE(m_journal->versions(entry.id)->empty());
}

TEST_F(JournalStoreTest, DeleteLeavesATombstoneAndTheWordsLeaveEveryTableAndTheIndex) {
    JournalContent c = content(kMarker + QStringLiteral(" the words I wrote at night"),
                               QStringLiteral("title ") + kMarker);
    c.tags = {QStringLiteral("tag") + kMarker};
    auto added = m_journal->add(c);
    ASSERT_TRUE(added.ok());
    JournalContent edited = c;
    edited.body = QStringLiteral("edited, still ") + kMarker;
    ASSERT_TRUE(m_journal->update(added->id, edited).ok());
    // Enough other entries that the index has several segments to merge.
    for (int i = 0; i < 30; ++i)
        write(QStringLiteral("another evening, entry %1").arg(i));
    ASSERT_TRUE(decryptedCopy().contains(kMarker.toUtf8())) << "the check can see the words";

    ASSERT_TRUE(m_journal->remove(added->id).ok());
    auto merged = JournalStore::eraseDeletedWords(*m_db);
    ASSERT_TRUE(merged.ok());
    EXPECT_TRUE(*merged);
    auto tombstone = m_journal->find(added->id);
    ASSERT_TRUE(tombstone.ok());
    EXPECT_TRUE(tombstone->deletedAt.has_value());
    EXPECT_TRUE(tombstone->content.title.isEmpty());
    EXPECT_TRUE(tombstone->content.body.isEmpty());
    EXPECT_TRUE(tombstone->content.tags.isEmpty());
    EXPECT_TRUE(found(kMarker).isEmpty());
    EXPECT_EQ(found(QStringLiteral("evening")).size(), 30) << "the others are still found";
    const QByteArray copy = decryptedCopy();
    EXPECT_FALSE(copy.contains(kMarker.toUtf8())) << "no table and no index segment keeps it";
    EXPECT_FALSE(copy.contains("night")) << "nor any word only that entry had";
}

TEST_F(JournalStoreTest, SecureDeleteIsOn) {
    // On the profile's own connection: Database::configure turns it on at every open.
    auto on = m_db->prepared("PRAGMA secure_delete");
    ASSERT_TRUE(on.ok());
    ASSERT_TRUE(*(*on)->step());
    EXPECT_EQ((*on)->integer(0), 1);
    (*on)->reset();
}

TEST_F(JournalStoreTest, UndoRestoresTheEntryItsVersionsAndItsPlaceInSearch) {
    JournalEntry entry = write(QStringLiteral("kept for later"));
    JournalContent edited = entry.content;
    edited.body = QStringLiteral("kept for much later");
    ASSERT_TRUE(m_journal->update(entry.id, edited).ok());
    const JournalEntry before = *m_journal->find(entry.id);
    const auto versionsBefore = *m_journal->versions(entry.id);
    ASSERT_TRUE(m_journal->remove(entry.id).ok());

    auto restored = m_journal->restore(before, versionsBefore);
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored->id, entry.id);
    EXPECT_EQ(restored->content, before.content);
    EXPECT_EQ(restored->createdAt, before.createdAt);
    EXPECT_FALSE(restored->deletedAt);
    auto versions = m_journal->versions(entry.id);
    ASSERT_EQ(versions->size(), 1u);
    EXPECT_EQ((*versions)[0].content, versionsBefore[0].content);
    EXPECT_EQ(found(QStringLiteral("much")), QStringList{edited.body});
    EXPECT_FALSE(m_journal->restore(before, {}).ok()) << "only a deleted entry comes back";
}

TEST_F(JournalStoreTest, EveryChangeIsQueuedForEveryAccountAndAnnounced) {
    const ClinicAccountId other = addAccount(QStringLiteral("sam-lee"));
    QSignalSpy changed(m_journal, &JournalStore::changed);
    JournalEntry entry = write(QStringLiteral("queued"));
    Outbox outbox(*m_db);
    const Outbox::Entry queued{QStringLiteral("journal"), entry.id.toString(QUuid::WithoutBraces)};
    EXPECT_TRUE(*outbox.isQueued(m_account, queued));
    EXPECT_TRUE(*outbox.isQueued(other, queued));
    JournalContent edited = entry.content;
    edited.body = QStringLiteral("changed");
    ASSERT_TRUE(m_journal->update(entry.id, edited).ok());
    ASSERT_TRUE(m_journal->remove(entry.id).ok());
    EXPECT_EQ(*outbox.count(m_account), 1) << "squashed: one row per entry";
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(JournalStoreTest, PagesGoNewestFirstWithNoFixedLimit) {
    constexpr int kEntries = 125;
    for (int i = 0; i < kEntries; ++i)
        write(QStringLiteral("entry %1").arg(i));
    QStringList seen;
    std::optional<JournalCursor> after;
    int pages = 0;
    do {
        auto page = m_journal->page(after, 40);
        ASSERT_TRUE(page.ok());
        for (const JournalEntry& entry : page->entries)
            seen << entry.content.body;
        after = page->next;
        ++pages;
    } while (after && pages < 10);
    EXPECT_EQ(pages, 4);
    ASSERT_EQ(seen.size(), kEntries) << "every entry once";
    EXPECT_EQ(seen.first(), "entry 124");
    EXPECT_EQ(seen.last(), "entry 0");
    EXPECT_EQ(seen.removeDuplicates(), 0);
}

TEST_F(JournalStoreTest, EntriesWrittenInTheSameMillisecondAllAppearOnce) {
    for (int i = 0; i < 7; ++i)
        ASSERT_TRUE(m_journal->add(content(QStringLiteral("same moment %1").arg(i))).ok());
    QStringList seen;
    std::optional<JournalCursor> after;
    do {
        auto page = m_journal->page(after, 2);
        ASSERT_TRUE(page.ok());
        for (const JournalEntry& entry : page->entries)
            seen << entry.content.body;
        after = page->next;
    } while (after && seen.size() < 20);
    EXPECT_EQ(seen.size(), 7);
    EXPECT_EQ(seen.removeDuplicates(), 0);
}

TEST_F(JournalStoreTest, SearchFindsPrefixesOfEveryWordAndFoldsCaseAndAccents) {
    write(QStringLiteral("Hoy fui a la búsqueda de trabajo y me sentí tranquilo"));
    write(QStringLiteral("The walk at night helped with the craving"));
    write(QStringLiteral("Walking with my sister, no craving at all"));

    EXPECT_EQ(found(QStringLiteral("busqueda")).size(), 1) << "accent folded";
    EXPECT_EQ(found(QStringLiteral("BÚSQ")).size(), 1) << "prefix, case and accent folded";
    EXPECT_EQ(found(QStringLiteral("senti")).size(), 1);
    EXPECT_EQ(found(QStringLiteral("walk")).size(), 2) << "walk and walking";
    EXPECT_EQ(found(QStringLiteral("walk craving")).size(), 2);
    EXPECT_EQ(found(QStringLiteral("walk nig")),
              QStringList{QStringLiteral("The walk at night helped with the craving")})
        << "every word must match";
    EXPECT_TRUE(found(QStringLiteral("walk sister night")).isEmpty());
    EXPECT_EQ(found(QStringLiteral("craving")).first(),
              QStringLiteral("Walking with my sister, no craving at all"))
        << "newest first";
}

TEST_F(JournalStoreTest, SearchFindsTitlesAndTags) {
    JournalContent c = content(QStringLiteral("body text"), QStringLiteral("Gratitude list"));
    c.tags = {QStringLiteral("family"), QStringLiteral("sleep")};
    ASSERT_TRUE(m_journal->add(c).ok());
    EXPECT_EQ(found(QStringLiteral("gratit")).size(), 1);
    EXPECT_EQ(found(QStringLiteral("famil")).size(), 1);
}

TEST_F(JournalStoreTest, SnippetsArePlainTextWithTheMatchesAsRanges) {
    write(QStringLiteral("Before group I felt the urge; after group the urge passed."));
    auto hits = m_journal->search(QStringLiteral("urge gro"), std::nullopt, 10);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->hits.size(), 1u);
    const MarkedSnippet& snippet = hits->hits[0].snippet;
    EXPECT_EQ(snippet.text, "Before group I felt the urge; after group the urge passed.");
    QStringList marked;
    for (const TextRange& range : snippet.matches)
        marked << snippet.text.mid(range.start, range.length);
    EXPECT_EQ(marked, (QStringList{"group", "urge", "group", "urge"}));
    EXPECT_FALSE(snippet.text.contains(kMatchStart));
    EXPECT_FALSE(snippet.text.contains(u'<')) << "no markup";
}

TEST_F(JournalStoreTest, MarkerCharactersTypedByTheClientCannotFakeAHighlight) {
    write(QStringLiteral("odd \u0001text\u0002 pasted from somewhere"));
    auto hits = m_journal->search(QStringLiteral("pasted"), std::nullopt, 10);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->hits.size(), 1u);
    ASSERT_EQ(hits->hits[0].snippet.matches.size(), 1u);
    const TextRange match = hits->hits[0].snippet.matches[0];
    EXPECT_EQ(hits->hits[0].snippet.text.mid(match.start, match.length), "pasted");
    EXPECT_EQ(hits->hits[0].entry.content.body, "odd \u0001text\u0002 pasted from somewhere")
        << "the entry itself is kept as written";
}

TEST_F(JournalStoreTest, HostileSearchesGiveAResultOrNoneButNeverAnError) {
    write(QStringLiteral("near the river, or maybe not"));
    write(QStringLiteral("AND then NOT a word -- (brackets) \"quotes\" star*"));
    const QStringList hostile = {
        QStringLiteral("\""),
        QStringLiteral("*"),
        QStringLiteral("NEAR"),
        QStringLiteral("NEAR/3"),
        QStringLiteral("OR"),
        QStringLiteral("river OR"),
        QStringLiteral("-river"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("\"unclosed"),
        QStringLiteral("AND"),
        QStringLiteral("NOT"),
        QStringLiteral("^river"),
        QStringLiteral("title:river"),
        QStringLiteral("'; DROP TABLE journal_entry; --"),
        QStringLiteral("!!!...???"),
        QStringLiteral(""),
        QStringLiteral("   "),
        QStringLiteral("\u0001\u0002"),
        QStringLiteral("🙂"),
        QStringLiteral("a*b\"c(d)e-f"),
        QString(5000, u'x'),
        QStringLiteral("x y z w v u t s r q p o n m l k j i h"),
    };
    for (const QString& typed : hostile) {
        auto hits = m_journal->search(typed, std::nullopt, 10);
        EXPECT_TRUE(hits.ok()) << qPrintable(typed.left(40)) << ": "
                               << qPrintable(hits.ok() ? QString() : hits.error().detail);
    }
    EXPECT_EQ(found(QStringLiteral("NEAR")).size(), 1) << "an operator word is just a word";
    EXPECT_EQ(found(QStringLiteral("-river")).size(), 1) << "minus excludes nothing";
    EXPECT_EQ(found(QStringLiteral("river OR")).size(), 1);
    EXPECT_EQ(found(QStringLiteral("\"quotes")).size(), 1);
    EXPECT_EQ(found(QStringLiteral("(brackets)")).size(), 1);
    EXPECT_TRUE(found(QStringLiteral("*")).isEmpty()) << "only punctuation finds nothing";
    EXPECT_TRUE(found(QString()).isEmpty());
    EXPECT_EQ(m_journal->page(std::nullopt, 10)->entries.size(), 2u) << "nothing dropped";
}

TEST_F(JournalStoreTest, SearchPagesWithNoFixedLimit) {
    for (int i = 0; i < 45; ++i)
        write(QStringLiteral("meeting number %1").arg(i));
    write(QStringLiteral("unrelated"));
    QStringList seen;
    std::optional<JournalCursor> after;
    int pages = 0;
    do {
        auto hits = m_journal->search(QStringLiteral("meet"), after, 20);
        ASSERT_TRUE(hits.ok());
        for (const JournalHit& hit : hits->hits)
            seen << hit.entry.content.body;
        after = hits->next;
    } while (after && ++pages < 10);
    EXPECT_EQ(seen.size(), 45);
    EXPECT_EQ(seen.removeDuplicates(), 0);
    EXPECT_EQ(seen.first(), "meeting number 44");
}

TEST_F(JournalStoreTest, AMegabyteEntryIsSavedWholeAndFound) {
    QString body;
    body.reserve(1 << 20);
    while (body.size() < (1 << 20))
        body += QStringLiteral("one more line of a very long night, written out slowly. ");
    body += QStringLiteral("lastwordhere");
    auto added = m_journal->add(content(body));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(m_journal->find(added->id)->content.body, body) << "nothing lost";
    auto hits = m_journal->search(QStringLiteral("lastword"), std::nullopt, 10);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->hits.size(), 1u);
    EXPECT_LT(hits->hits[0].snippet.text.size(), 1000) << "a snippet, not the whole entry";
}

TEST_F(JournalStoreTest, EmojiAndRightToLeftTextRoundTripAndRtlWordsAreFound) {
    const QString emoji = QStringLiteral("Good day 🙂👍🏽 with family 👨‍👩‍👧");
    const QString arabic = QStringLiteral("اليوم كان صعبا لكنني اتصلت بصديقي");
    const QString hebrew = QStringLiteral("היום הלכתי לפגישה");
    JournalContent rtl = content(arabic, hebrew);
    rtl.tags = {QStringLiteral("عائلة")};
    auto first = m_journal->add(content(emoji, QStringLiteral("🙂")));
    auto second = m_journal->add(rtl);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(m_journal->find(first->id)->content.body, emoji);
    EXPECT_EQ(m_journal->find(first->id)->content.title, QStringLiteral("🙂"));
    EXPECT_EQ(m_journal->find(second->id)->content.body, arabic);
    EXPECT_EQ(m_journal->find(second->id)->content.title, hebrew);
    EXPECT_EQ(m_journal->find(second->id)->content.tags, rtl.tags);
    EXPECT_EQ(found(QStringLiteral("صعب")), QStringList{arabic});
    EXPECT_EQ(found(QStringLiteral("לפגישה")), QStringList{arabic}) << "found by its title";
    EXPECT_EQ(found(QStringLiteral("famil")), QStringList{emoji});
}

TEST_F(JournalStoreTest, TimesKeepTheOffsetTheyWereLivedAt) {
    JournalContent c = content(QStringLiteral("written in Chicago"));
    c.writtenAt = QDateTime(QDate(2026, 1, 14), QTime(21, 30), Qt::OffsetFromUTC, -6 * 3600);
    auto added = m_journal->add(c);
    ASSERT_TRUE(added.ok());
    auto kept = m_journal->find(added->id);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->content.writtenAt, c.writtenAt);
    EXPECT_EQ(kept->content.writtenAt.offsetFromUtc(), -6 * 3600);
    EXPECT_EQ(kept->content.writtenAt.time(), QTime(21, 30));
    // Created and updated carry the offset of this device's zone at that instant.
    EXPECT_EQ(kept->createdAt.offsetFromUtc(), m_clock.now().toLocalTime().offsetFromUtc());
}

// Under TZ=America/Chicago and Asia/Kolkata (tests/unit/CMakeLists.txt): the store takes the
// offset of the client's zone for the times it stamps itself.
TEST(LocalOffset, JournalTimesCarryTheOffsetOfTheClientsZone) {
    const QByteArray tz = qgetenv("TZ");
    ASSERT_TRUE(tz == "America/Chicago" || tz == "Asia/Kolkata");
    const int expected = tz == "America/Chicago" ? -6 * 3600 : 5 * 3600 + 1800;
    QTemporaryDir dir;
    platform::FixedClock clock(QDateTime(QDate(2026, 1, 14), QTime(3, 30), Qt::UTC));
    auto db = Database::open(dir.filePath(QStringLiteral("j.db")), DatabaseKey::generate(),
                             Database::Mode::CreateIfMissing, schemaMigrations());
    ASSERT_TRUE(db.ok());
    Profile profile(std::move(*db), clock);
    JournalContent c;
    c.writtenAt = localNow(clock);
    c.body = QStringLiteral("late");
    auto added = profile.journal().add(c);
    ASSERT_TRUE(added.ok());
    auto kept = profile.journal().find(added->id);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->content.writtenAt.offsetFromUtc(), expected);
    EXPECT_EQ(kept->createdAt.offsetFromUtc(), expected);
    EXPECT_EQ(kept->updatedAt.offsetFromUtc(), expected);
    clock.advanceSeconds(60);
    JournalContent edited = kept->content;
    edited.body = QStringLiteral("later");
    ASSERT_TRUE(profile.journal().update(kept->id, edited).ok());
    auto versions = profile.journal().versions(kept->id);
    ASSERT_EQ(versions->size(), 1u);
    EXPECT_EQ((*versions)[0].savedAt.offsetFromUtc(), expected);
    EXPECT_EQ((*versions)[0].replacedAt.offsetFromUtc(), expected);
}

TEST_F(JournalStoreTest, EraseDeletedWordsMergesOnlyWhenTheIndexChangedSinceTheLastMerge) {
    write(QStringLiteral("one"));
    write(QStringLiteral("two"));
    EXPECT_TRUE(JournalStore::eraseDeletedWords(*m_db).value());
    EXPECT_FALSE(JournalStore::eraseDeletedWords(*m_db).value()) << "one segment: nothing to do";
    const JournalEntry third = write(QStringLiteral("three"));
    ASSERT_TRUE(m_journal->remove(third.id).ok());
    EXPECT_TRUE(JournalStore::eraseDeletedWords(*m_db).value());
    EXPECT_EQ(found(QStringLiteral("one")).size(), 1);
}

TEST_F(JournalStoreTest, ThePurgeErasesDeletedWordsOnItsOwnConnectionWhileTheClientWrites) {
    test::ensureCoreApplication();
    for (int i = 0; i < 90; ++i)
        write(QStringLiteral("an ordinary evening, entry %1").arg(i));
    const JournalEntry gone = write(kMarker + QStringLiteral(" written and then deleted"));
    ASSERT_TRUE(m_journal->remove(gone.id).ok());
    ASSERT_TRUE(decryptedCopy().contains(kMarker.toUtf8())) << "an older segment still has it";

    JournalIndexPurge& purge = m_profile->journalIndexPurge();
    QSignalSpy finished(&purge, &JournalIndexPurge::finished);
    purge.request();
    EXPECT_TRUE(purge.isRunning());
    // The client's own connection writes meanwhile: it waits for the merge's write, not fails.
    auto added = m_journal->add(content(QStringLiteral("saved during the merge")));
    ASSERT_TRUE(added.ok()) << qPrintable(added.ok() ? QString() : added.error().detail);
    purge.request(); // once more after the run under way: that write made a new segment
    ASSERT_TRUE(finished.wait(30'000));
    if (finished.size() < 2) {
        ASSERT_TRUE(finished.wait(30'000));
    }
    ASSERT_TRUE(purge.lastOutcome().ok()) << qPrintable(purge.lastOutcome().error().detail);
    EXPECT_FALSE(purge.isRunning());
    EXPECT_FALSE(decryptedCopy().contains(kMarker.toUtf8()));
    EXPECT_EQ(found(QStringLiteral("merge")).size(), 1);
    EXPECT_EQ(found(QStringLiteral("ordinary")).size(), 90);
    EXPECT_EQ(m_db->integrityCheck().value(), QStringLiteral("ok"));
}

TEST_F(JournalStoreTest, APurgeCutShortLosesNothingAndTheNextOneFinishesTheWork) {
    test::ensureCoreApplication();
    for (int i = 0; i < 90; ++i)
        write(QStringLiteral("an ordinary evening, entry %1").arg(i));
    const JournalEntry gone = write(kMarker + QStringLiteral(" written and then deleted"));
    ASSERT_TRUE(m_journal->remove(gone.id).ok());
    m_profile->journalIndexPurge().request();
    m_profile.reset(); // the app closes at once: the merge under way stops and rolls back

    auto db = Database::open(m_dir.filePath(QStringLiteral("s.db")), m_key,
                             Database::Mode::OpenExisting, schemaMigrations());
    ASSERT_TRUE(db.ok());
    m_profile = std::make_unique<Profile>(std::move(*db), m_clock);
    m_db = &m_profile->database();
    m_journal = &m_profile->journal();
    EXPECT_EQ(found(QStringLiteral("ordinary")).size(), 90);
    JournalIndexPurge& purge = m_profile->journalIndexPurge();
    QSignalSpy finished(&purge, &JournalIndexPurge::finished);
    purge.request();
    ASSERT_TRUE(finished.wait(30'000));
    ASSERT_TRUE(purge.lastOutcome().ok());
    EXPECT_FALSE(decryptedCopy().contains(kMarker.toUtf8()));
    EXPECT_EQ(found(QStringLiteral("ordinary")).size(), 90);
    EXPECT_EQ(m_db->integrityCheck().value(), QStringLiteral("ok"));
}
