#include "StoreFixture.h"
#include "store/Outbox.h"

#include <QSignalSpy>

using namespace stepstone;

using CravingLogStoreTest = test::StoreFixture;

TEST_F(CravingLogStoreTest, AddedLogComesBackWithIdentityTimesAndEveryField) {
    CravingEntry e = entry(8, QStringLiteral("Payday, walked past the bar"));
    e.triggers = CravingTrigger::Places | CravingTrigger::Lonely | CravingTrigger::Tired;
    e.copingSkillId = QStringLiteral("urge-surfing");
    e.outcome = CravingOutcome::Passed;

    auto added = m_store->add(e);
    ASSERT_TRUE(added.ok());
    EXPECT_FALSE(added->id.isNull());
    EXPECT_EQ(added->createdAt, m_clock.now());
    EXPECT_EQ(added->updatedAt, m_clock.now());
    EXPECT_FALSE(added->deletedAt.has_value());

    auto found = m_store->find(added->id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->entry.intensity, 8);
    EXPECT_EQ(found->entry.note, e.note);
    EXPECT_EQ(found->entry.triggers, e.triggers);
    EXPECT_EQ(found->entry.copingSkillId, "urge-surfing");
    EXPECT_EQ(found->entry.outcome, CravingOutcome::Passed);
    EXPECT_EQ(found->entry.occurredAt, e.occurredAt);
}

TEST_F(CravingLogStoreTest, RecentListsNewestFirstUpToTheLimit) {
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(m_store->add(entry(i)).ok());
        m_clock.advanceSeconds(60);
    }
    auto recent = m_store->recent(3);
    ASSERT_TRUE(recent.ok());
    ASSERT_EQ(recent->size(), 3u);
    EXPECT_EQ((*recent)[0].entry.intensity, 4);
    EXPECT_EQ((*recent)[2].entry.intensity, 2);
}

TEST_F(CravingLogStoreTest, UpdateKeepsCreatedTimeAndMovesUpdatedTime) {
    auto added = m_store->add(entry(3));
    ASSERT_TRUE(added.ok());
    m_clock.advanceSeconds(600);
    CravingEntry changed = added->entry;
    changed.intensity = 6;
    changed.triggers = CravingTrigger::People;
    auto updated = m_store->update(added->id, changed);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->entry.intensity, 6);
    EXPECT_EQ(updated->entry.triggers, CravingTriggers(CravingTrigger::People));
    EXPECT_EQ(updated->createdAt, added->createdAt);
    EXPECT_EQ(updated->updatedAt, m_clock.now());
}

TEST_F(CravingLogStoreTest, DeleteLeavesATombstoneWithoutTheClientsWords) {
    CravingEntry e = entry(7, QStringLiteral("private words"));
    e.triggers = CravingTrigger::Feelings;
    auto added = m_store->add(e);
    ASSERT_TRUE(added.ok());
    m_clock.advanceSeconds(30);
    ASSERT_TRUE(m_store->remove(added->id).ok());

    auto recent = m_store->recent(10);
    ASSERT_TRUE(recent.ok());
    EXPECT_TRUE(recent->empty());
    auto tombstone = m_store->find(added->id);
    ASSERT_TRUE(tombstone.ok());
    ASSERT_TRUE(tombstone->deletedAt.has_value());
    EXPECT_EQ(*tombstone->deletedAt, m_clock.now());
    EXPECT_TRUE(tombstone->entry.note.isEmpty());
    EXPECT_FALSE(tombstone->entry.triggers);
}

TEST_F(CravingLogStoreTest, DeletedLogCannotBeEditedOrDeletedAgain) {
    auto added = m_store->add(entry(2));
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(m_store->remove(added->id).ok());
    auto update = m_store->update(added->id, entry(9));
    ASSERT_FALSE(update.ok());
    EXPECT_EQ(update.error().kind, StoreErrorKind::NotFound);
    auto again = m_store->remove(added->id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, StoreErrorKind::NotFound);
}

TEST_F(CravingLogStoreTest, OutOfRangeEntryIsRefusedAndNothingIsWritten) {
    QSignalSpy changed(m_store, &CravingLogStore::changed);
    for (int intensity : {-1, 11}) {
        auto added = m_store->add(entry(intensity));
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().kind, StoreErrorKind::InvalidInput);
    }
    auto tooLong = m_store->add(entry(4, QString(CravingEntry::kMaxNoteLength + 1, u'x')));
    EXPECT_FALSE(tooLong.ok());
    EXPECT_TRUE(m_store->recent(10)->empty());
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(CravingLogStoreTest, EveryChangeIsAnnounced) {
    QSignalSpy changed(m_store, &CravingLogStore::changed);
    auto added = m_store->add(entry(5));
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(m_store->update(added->id, entry(6)).ok());
    ASSERT_TRUE(m_store->remove(added->id).ok());
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(CravingLogStoreTest, NonAsciiNotesSurviveTheRoundTrip) {
    const QString note =
        QStringLiteral("Añoranza — 渴望 🙂 \"quoted\" 'single' ; DROP TABLE x;");
    auto added = m_store->add(entry(5, note));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(m_store->find(added->id)->entry.note, note);
}

TEST_F(CravingLogStoreTest, EveryChangeIsQueuedForSyncOncePerRecord) {
    Outbox outbox(*m_db);
    auto first = m_store->add(entry(4));
    auto second = m_store->add(entry(6));
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_TRUE(m_store->update(first->id, entry(5)).ok());
    ASSERT_TRUE(m_store->update(first->id, entry(7)).ok());
    ASSERT_TRUE(m_store->remove(second->id).ok());
    EXPECT_EQ(*outbox.count(m_account), 2);
    auto pending = outbox.pending(m_account, CravingLogStore::kRecordType, 10);
    ASSERT_TRUE(pending.ok());
    EXPECT_EQ(pending->size(), 2u);
}

// Each clinic account decides for itself whether it may have the log.
TEST_F(CravingLogStoreTest, AChangeIsQueuedForEveryClinicAccount) {
    const ClinicAccountId other = addAccount("jordan-lee", QUrl("https://other.example/fhir"));
    ASSERT_TRUE(m_store->add(entry(4)).ok());
    Outbox outbox(*m_db);
    EXPECT_EQ(*outbox.count(m_account), 1);
    EXPECT_EQ(*outbox.count(other), 1);
}

TEST_F(CravingLogStoreTest, DeleteOfAnUploadedLogIsQueuedAgain) {
    Outbox outbox(*m_db);
    auto added = m_store->add(entry(4));
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(
        outbox
            .markSent(m_account,
                      {CravingLogStore::kRecordType, added->id.toString(QUuid::WithoutBraces)},
                      m_clock.now().toMSecsSinceEpoch(), m_clock.now().toMSecsSinceEpoch(), false)
            .ok());
    ASSERT_EQ(*outbox.count(m_account), 0);
    m_clock.advanceSeconds(5);
    ASSERT_TRUE(m_store->remove(added->id).ok());
    EXPECT_EQ(*outbox.count(m_account), 1);
}

TEST_F(CravingLogStoreTest, ARefusedEntryQueuesNothing) {
    ASSERT_FALSE(m_store->add(entry(42)).ok());
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 0);
}

TEST_F(CravingLogStoreTest, OccurredAtKeepsTheClientsUtcOffsetThroughAddAndUpdate) {
    CravingEntry e = entry(6);
    e.occurredAt = QDateTime(QDate(2026, 7, 4), QTime(22, 15, 0, 120), Qt::OffsetFromUTC, 2 * 3600);
    auto added = m_store->add(e);
    ASSERT_TRUE(added.ok());
    auto found = m_store->find(added->id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->entry.occurredAt, e.occurredAt);
    EXPECT_EQ(found->entry.occurredAt.timeSpec(), Qt::OffsetFromUTC);
    EXPECT_EQ(found->entry.occurredAt.offsetFromUtc(), 2 * 3600);
    EXPECT_EQ(found->entry.occurredAt.time(), QTime(22, 15, 0, 120));

    // Travelling: the same craving, corrected to the hour it was where the client was.
    e.occurredAt = QDateTime(QDate(2026, 7, 4), QTime(16, 15), Qt::OffsetFromUTC, -(4 * 3600));
    ASSERT_TRUE(m_store->update(added->id, e).ok());
    auto recent = m_store->recent(1);
    ASSERT_TRUE(recent.ok());
    EXPECT_EQ(recent->at(0).entry.occurredAt.offsetFromUtc(), -(4 * 3600));
    EXPECT_EQ(recent->at(0).entry.occurredAt.time(), QTime(16, 15));
}

TEST_F(CravingLogStoreTest, UtcAndOffsetsFhirCannotSayReadBackAsUtcAtTheSameInstant) {
    const QDateTime utc(QDate(2026, 7, 4), QTime(20, 0), Qt::UTC);
    const QDateTime oddOffset(QDate(2026, 7, 4), QTime(20, 0), Qt::OffsetFromUTC, 3600 + 30);
    for (const QDateTime& when : {utc, oddOffset}) {
        CravingEntry e = entry(3);
        e.occurredAt = when;
        auto added = m_store->add(e);
        ASSERT_TRUE(added.ok());
        const QDateTime back = m_store->find(added->id)->entry.occurredAt;
        EXPECT_EQ(back, when);
        EXPECT_EQ(back.timeSpec(), Qt::UTC);
    }
}

TEST_F(CravingLogStoreTest, LogsSavedBeforeOffsetsWereKeptReadAsUtc) {
    const QString path = m_dir.filePath(QStringLiteral("old.db"));
    const auto all = schemaMigrations();
    {
        auto old = Database::open(path, m_key, Database::Mode::CreateIfMissing, all.first(2));
        ASSERT_TRUE(old.ok());
        ASSERT_TRUE((*old)
                        ->exec("INSERT INTO craving_log (id, occurred_at, intensity, outcome, "
                               "created_at, updated_at) VALUES "
                               "('6f1c1e7a-3b1d-4a39-9b5e-0f3f2f1f9a10', 1780000000000, 4, "
                               "'passed', 1780000000000, 1780000000000)")
                        .ok());
    }
    auto upgraded = Database::open(path, m_key, Database::Mode::OpenExisting, all);
    ASSERT_TRUE(upgraded.ok());
    CravingLogStore store(**upgraded, m_clock);
    auto found =
        store.find(QUuid::fromString(QStringLiteral("6f1c1e7a-3b1d-4a39-9b5e-0f3f2f1f9a10")));
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->entry.occurredAt, QDateTime::fromMSecsSinceEpoch(1780000000000, Qt::UTC));
    EXPECT_EQ(found->entry.occurredAt.timeSpec(), Qt::UTC);
}

TEST_F(CravingLogStoreTest, RestoreBringsADeletedLogBackUnderItsIdAndQueuesItAgain) {
    CravingEntry e = entry(8, QStringLiteral("words the client wants back"));
    e.occurredAt = QDateTime(QDate(2026, 11, 1), QTime(21, 30), Qt::OffsetFromUTC, -5 * 3600);
    e.triggers = CravingTrigger::People | CravingTrigger::Tired;
    e.copingSkillId = QStringLiteral("urge-surfing");
    e.outcome = CravingOutcome::Passed;
    auto added = m_store->add(e);
    ASSERT_TRUE(added.ok());
    Outbox outbox(*m_db);
    const QString id = added->id.toString(QUuid::WithoutBraces);
    const qint64 uploaded = m_clock.now().toMSecsSinceEpoch();
    ASSERT_TRUE(
        outbox.markSent(m_account, {CravingLogStore::kRecordType, id}, uploaded, uploaded, false)
            .ok());
    m_clock.advanceSeconds(5);
    ASSERT_TRUE(m_store->remove(added->id).ok());
    ASSERT_TRUE(outbox
                    .markSent(m_account, {CravingLogStore::kRecordType, id}, uploaded + 5000,
                              uploaded + 5000, true)
                    .ok());
    m_clock.advanceSeconds(3);
    QSignalSpy announced(m_store, &CravingLogStore::changed);

    auto restored = m_store->restore(added->id, e);
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored->id, added->id);
    EXPECT_EQ(restored->entry, e);
    EXPECT_EQ(restored->entry.occurredAt.offsetFromUtc(), -5 * 3600);
    EXPECT_FALSE(restored->deletedAt.has_value());
    EXPECT_EQ(restored->createdAt, added->createdAt);
    EXPECT_EQ(restored->updatedAt, m_clock.now());
    EXPECT_EQ(announced.size(), 1);
    auto recent = m_store->recent(10);
    ASSERT_TRUE(recent.ok());
    ASSERT_EQ(recent->size(), 1u);
    auto pending = outbox.pending(m_account, CravingLogStore::kRecordType, 10);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1u) << "the clinic, which had the delete, gets the log again";
    EXPECT_EQ(pending->at(0).recordId, id);
}

TEST_F(CravingLogStoreTest, OnlyADeletedLogCanBeRestored) {
    auto live = m_store->add(entry(3, QStringLiteral("still here")));
    ASSERT_TRUE(live.ok());
    auto overLive = m_store->restore(live->id, entry(9, QStringLiteral("other words")));
    ASSERT_FALSE(overLive.ok());
    EXPECT_EQ(overLive.error().kind, StoreErrorKind::NotFound);
    EXPECT_EQ(m_store->find(live->id)->entry.note, "still here");

    auto unknown = m_store->restore(QUuid::createUuid(), entry(3));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, StoreErrorKind::NotFound);
    EXPECT_EQ(m_store->recent(10)->size(), 1u);
}

TEST_F(CravingLogStoreTest, ADeleteIsWholeOnDiskBeforeAnyUndo) {
    CravingEntry e = entry(5, QStringLiteral("gone if the app dies now"));
    e.triggers = CravingTrigger::Lonely;
    auto added = m_store->add(e);
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(m_store->remove(added->id).ok());

    // What a restarted app would read: another connection to the same file.
    auto reopened = Database::open(m_dir.filePath(QStringLiteral("s.db")), m_key,
                                   Database::Mode::OpenExisting, schemaMigrations());
    ASSERT_TRUE(reopened.ok());
    auto tombstone = CravingLogStore(**reopened, m_clock).find(added->id);
    ASSERT_TRUE(tombstone.ok());
    EXPECT_TRUE(tombstone->deletedAt.has_value());
    EXPECT_TRUE(tombstone->entry.note.isEmpty());
    EXPECT_FALSE(tombstone->entry.triggers);
}
