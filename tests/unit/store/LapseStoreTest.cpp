#include "StoreFixture.h"
#include "common/LocalTime.h"
#include "store/Outbox.h"

using namespace stepstone;

namespace {

// The instant at which the device's clock shows `day` at `time`.
QDateTime atLocal(const QDate& day, const QTime& time) {
    return QDateTime(day, time).toUTC();
}

class LapseStoreTest : public test::StoreFixture {
protected:
    LapseEntry lapseAt(const QDateTime& when, const QString& what = {}) const {
        LapseEntry entry;
        entry.occurredAt = withLocalOffset(when);
        entry.whatHappened = what;
        entry.nextTime = QStringLiteral("Call Sam before payday");
        return entry;
    }
    LapseStore& lapses() { return m_profile->lapses(); }
};

const QDate kDay(2026, 11, 20);

} // namespace

TEST_F(LapseStoreTest, KeptWithItsWordsAndQueued) {
    auto added = lapses().add(lapseAt(atLocal(kDay, QTime(21, 0)), QStringLiteral("payday")));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->entry.whatHappened, QStringLiteral("payday"));
    EXPECT_EQ(added->entry.occurredAt.time(), QTime(21, 0));
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 1);
}

TEST_F(LapseStoreTest, DaysAreCountedOnTheClientsCalendar) {
    EXPECT_FALSE(lapses().days()->sinceLatest) << "no lapse: no count";
    ASSERT_TRUE(lapses().add(lapseAt(atLocal(kDay, QTime(23, 50)))).ok());
    m_clock.set(atLocal(kDay.addDays(1), QTime(0, 10)));
    EXPECT_EQ(lapses().days()->sinceLatest, 1) << "twenty minutes, but the next day";
    m_clock.set(atLocal(kDay.addDays(14), QTime(9, 0)));
    EXPECT_EQ(lapses().days()->sinceLatest, 14);
}

TEST_F(LapseStoreTest, ADeleteErasesTheWordsAndTheCountForgetsIt) {
    m_clock.set(atLocal(kDay.addDays(10), QTime(12, 0)));
    ASSERT_TRUE(lapses().add(lapseAt(atLocal(kDay, QTime(20, 0)))).ok());
    auto latest = lapses().add(lapseAt(atLocal(kDay.addDays(7), QTime(20, 0)), "the party"));
    ASSERT_TRUE(latest.ok());
    EXPECT_EQ(lapses().days()->sinceLatest, 3);
    ASSERT_TRUE(lapses().remove(latest->id).ok());
    EXPECT_EQ(lapses().days()->sinceLatest, 10);
    auto tombstone = lapses().find(latest->id);
    ASSERT_TRUE(tombstone.ok());
    EXPECT_TRUE(tombstone->entry.whatHappened.isEmpty());
    EXPECT_TRUE(tombstone->entry.nextTime.isEmpty());
    EXPECT_EQ(lapses().recent(10)->size(), 1u);
    EXPECT_EQ(lapses().remove(latest->id).error().kind, StoreErrorKind::NotFound);
}

TEST_F(LapseStoreTest, AChangeRewritesTheWordsAndTheDayAndIsQueuedAgain) {
    m_clock.set(atLocal(kDay.addDays(5), QTime(12, 0)));
    auto added = lapses().add(lapseAt(atLocal(kDay, QTime(20, 0)), QStringLiteral("payday")));
    ASSERT_TRUE(added.ok());
    Outbox outbox(*m_db);
    auto queued = outbox.pending(m_account, QString::fromLatin1(LapseStore::kRecordType), 10);
    ASSERT_TRUE(queued.ok());
    ASSERT_EQ(queued->size(), 1u);
    ASSERT_TRUE(outbox.discard(m_account, queued->front()).ok()); // as if sent
    LapseEntry changed = lapseAt(atLocal(kDay.addDays(1), QTime(9, 0)), QStringLiteral("brunch"));
    auto updated = lapses().update(added->id, changed);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->entry, changed);
    EXPECT_EQ(updated->createdAt, added->createdAt);
    EXPECT_EQ(lapses().days()->sinceLatest, 4);
    EXPECT_EQ(*outbox.count(m_account), 1) << "the change is queued";

    LapseEntry tooLong = changed;
    tooLong.whatHappened = QString(LapseEntry::kMaxTextLength + 1, u'x');
    EXPECT_EQ(lapses().update(added->id, tooLong).error().kind, StoreErrorKind::InvalidInput);
    EXPECT_EQ(lapses().find(added->id)->entry, changed) << "a refused change loses nothing";
    EXPECT_EQ(lapses().update(QUuid::createUuid(), changed).error().kind, StoreErrorKind::NotFound);
}

TEST_F(LapseStoreTest, AnUndoBringsBackTheWordsUnderTheSameId) {
    m_clock.set(atLocal(kDay.addDays(3), QTime(12, 0)));
    auto added = lapses().add(lapseAt(atLocal(kDay, QTime(20, 0)), QStringLiteral("payday")));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(lapses().restore(*added).error().kind, StoreErrorKind::NotFound)
        << "only a deleted lapse can come back";
    ASSERT_TRUE(lapses().remove(added->id).ok());
    EXPECT_FALSE(lapses().days()->sinceLatest);
    auto restored = lapses().restore(*added);
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored->id, added->id);
    EXPECT_EQ(restored->entry, added->entry);
    EXPECT_EQ(lapses().days()->sinceLatest, 3);
    EXPECT_EQ(lapses().recent(10)->size(), 1u);
}

TEST_F(LapseStoreTest, TheCounterIsShownUntilTheClientHidesIt) {
    Preferences& preferences = m_profile->preferences();
    EXPECT_FALSE(*preferences.lapseCounterHidden());
    ASSERT_TRUE(preferences.setLapseCounterHidden(true).ok());
    EXPECT_EQ(*preferences.checkInTime(), QTime(20, 0));
    ASSERT_TRUE(preferences.setCheckInTime(QTime(21, 45, 30)).ok());
    EXPECT_FALSE(preferences.setCheckInTime(QTime()).ok());
    auto profile = reopened();
    ASSERT_TRUE(profile);
    EXPECT_TRUE(*profile->preferences().lapseCounterHidden());
    EXPECT_EQ(*profile->preferences().highCravingLevel(), Preferences::kDefaultHighCravingLevel)
        << "one preference does not touch another";
    EXPECT_EQ(*profile->preferences().checkInTime(), QTime(21, 45)) << "kept to the minute";
    m_profile = std::move(profile);
}
