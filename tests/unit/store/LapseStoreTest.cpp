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
