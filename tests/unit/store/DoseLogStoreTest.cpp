#include "StoreFixture.h"
#include "common/LocalTime.h"
#include "store/Outbox.h"
#include "store/StoredMoment.h"

#include <string>

using namespace stepstone;

namespace {

// The instant at which the device's clock shows `day` at `time`, at the offset it has then.
QDateTime atLocal(const QDate& day, const QTime& time) {
    return withLocalOffset(QDateTime(day, time));
}

MedicationEntry dailyAt(const QString& name, std::vector<QTime> times) {
    MedicationEntry entry;
    entry.name = name;
    entry.dose = {8, QStringLiteral("mg")};
    entry.schedule = {ScheduleKind::Daily, std::move(times), {}};
    return entry;
}

const QDate kDay(2026, 12, 4);

class DoseLogStoreTest : public test::StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        m_clock.set(atLocal(kDay, QTime(6, 0)));
        auto bup = m_profile->medications().add(
            dailyAt(QStringLiteral("Buprenorphine"), {QTime(8, 0), QTime(20, 0)}));
        ASSERT_TRUE(bup.ok());
        m_bup = bup->id;
        m_clock.set(atLocal(kDay, QTime(8, 10)));
    }

    DoseLogStore& doses() { return m_profile->doses(); }

    DoseMark mark(const QTime& slot, DoseOutcome outcome, const QString& reason = {}) const {
        return {m_bup, atLocal(kDay, slot), outcome, reason};
    }

    QUuid m_bup;
};

} // namespace

TEST_F(DoseLogStoreTest, OneCallMarksADoseTakenAndQueuesIt) {
    auto taken = doses().mark(mark(QTime(8, 0), DoseOutcome::Taken));
    ASSERT_TRUE(taken.ok());
    EXPECT_EQ(taken->mark, mark(QTime(8, 0), DoseOutcome::Taken));
    EXPECT_EQ(taken->mark.dueAt.offsetFromUtc(), atLocal(kDay, QTime(8, 0)).offsetFromUtc());
    EXPECT_EQ(taken->recordedAt.toMSecsSinceEpoch(), m_clock.now().toMSecsSinceEpoch());
    EXPECT_TRUE(*Outbox(*m_db).isQueued(m_account, {QStringLiteral("dose"), idText(taken->id)}));

    auto day = doses().doses(kDay);
    ASSERT_TRUE(day.ok());
    ASSERT_EQ(day->size(), 2u);
    EXPECT_EQ(day->at(0).state, DoseState::Taken);
    EXPECT_EQ(day->at(0).mark->id, taken->id);
    EXPECT_EQ(day->at(1).state, DoseState::Due);
}

TEST_F(DoseLogStoreTest, MarkingTheSlotAgainChangesTheOneMark) {
    auto taken = doses().mark(mark(QTime(8, 0), DoseOutcome::Taken));
    auto skipped =
        doses().mark(mark(QTime(8, 0), DoseOutcome::Skipped, QStringLiteral(" felt sick ")));
    ASSERT_TRUE(taken.ok() && skipped.ok());
    EXPECT_EQ(skipped->id, taken->id) << "the same record, changed";
    EXPECT_EQ(skipped->mark.outcome, DoseOutcome::Skipped);
    EXPECT_EQ(skipped->mark.reason, QStringLiteral("felt sick"));
    EXPECT_EQ(skipped->recordedAt, taken->recordedAt);
    auto marks = doses().dueBetween(atLocal(kDay, QTime(0, 0)), atLocal(kDay, QTime(23, 0)));
    ASSERT_TRUE(marks.ok());
    EXPECT_EQ(marks->size(), 1u);
}

TEST_F(DoseLogStoreTest, UndoLeavesTheSlotUnmarkedAndTheReasonErased) {
    auto skipped = doses().mark(mark(QTime(8, 0), DoseOutcome::Skipped, QStringLiteral("ran out")));
    ASSERT_TRUE(skipped.ok());
    ASSERT_TRUE(doses().undo(skipped->id).ok());
    EXPECT_EQ(doses().find(skipped->id).error().kind, StoreErrorKind::NotFound);
    EXPECT_EQ(doses().undo(skipped->id).error().kind, StoreErrorKind::NotFound);
    EXPECT_EQ(doses().doses(kDay)->at(0).state, DoseState::Due);

    auto row =
        m_db->prepared("SELECT reason, deleted_at IS NOT NULL FROM dose_event WHERE id = ?1");
    ASSERT_TRUE(row.ok());
    int rows = 0;
    ASSERT_TRUE((*row)->bind(1, idText(skipped->id)).forEachRow([&](const Statement& r) {
        ++rows;
        EXPECT_EQ(r.text(0), QString());
        EXPECT_EQ(r.integer(1), 1);
    }));
    EXPECT_EQ(rows, 1) << "a tombstone for the clinic";

    auto again = doses().mark(mark(QTime(8, 0), DoseOutcome::Taken));
    ASSERT_TRUE(again.ok()) << "the slot can be marked anew";
    EXPECT_NE(again->id, skipped->id);
}

TEST_F(DoseLogStoreTest, AMarkThatCannotBeKeptIsRefusedAndNothingIsWritten) {
    EXPECT_EQ(
        doses().mark(mark(QTime(8, 0), DoseOutcome::Skipped, QStringLiteral("a\nb"))).error().kind,
        StoreErrorKind::InvalidInput);
    DoseMark tooLong =
        mark(QTime(8, 0), DoseOutcome::Skipped, QString(DoseMark::kMaxReasonLength + 1, u'x'));
    EXPECT_EQ(doses().mark(tooLong).error().kind, StoreErrorKind::InvalidInput);
    DoseMark unknown = mark(QTime(8, 0), DoseOutcome::Taken);
    unknown.medicationId = QUuid::createUuid();
    EXPECT_EQ(doses().mark(unknown).error().kind, StoreErrorKind::NotFound);
    ASSERT_TRUE(m_profile->medications().remove(m_bup).ok());
    EXPECT_EQ(doses().mark(mark(QTime(8, 0), DoseOutcome::Taken)).error().kind,
              StoreErrorKind::NotFound)
        << "no marks on a removed medication";
    EXPECT_TRUE(doses().doses(kDay)->empty());
    EXPECT_TRUE(Outbox(*m_db).pending(m_account, QStringLiteral("dose"), 10)->empty());
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 1) << "the medication only";
}

// 10,000 marks in a year on the real encrypted file: a day reads its own, through the index.
TEST_F(DoseLogStoreTest, TenThousandMarksInAYearStillGiveOneDayItsDoses) {
    // 28 doses a day for 358 days: 10,024 marks.
    const std::vector<QTime> times{QTime(6, 0),  QTime(8, 0),  QTime(10, 0), QTime(12, 0),
                                   QTime(14, 0), QTime(16, 0), QTime(18, 0)};
    const QDate first(2026, 1, 1);
    m_clock.set(atLocal(first.addDays(-1), QTime(12, 0)));
    ASSERT_TRUE(m_profile->medications().remove(m_bup).ok());
    std::vector<QUuid> meds;
    for (const char* name : {"A", "B", "C", "D"})
        meds.push_back(m_profile->medications().add(dailyAt(QString::fromLatin1(name), times))->id);
    // Only how fast the file is flushed to disk, which this test is not about.
    ASSERT_TRUE(m_db->exec("PRAGMA synchronous = OFF").ok());
    const auto outcomeOf = [](int day, int slot) {
        return (day + slot) % 5 == 0 ? DoseOutcome::Skipped : DoseOutcome::Taken;
    };
    int written = 0;
    for (int day = 0; day < 358; ++day)
        for (std::size_t m = 0; m < meds.size(); ++m)
            for (std::size_t t = 0; t < times.size(); ++t) {
                const DoseMark mark{meds[m], atLocal(first.addDays(day), times[t]),
                                    outcomeOf(day, int(t)), QString()};
                ASSERT_TRUE(doses().mark(mark).ok()) << day << " " << m << " " << t;
                ++written;
            }
    ASSERT_EQ(written, 10024);

    m_clock.set(atLocal(QDate(2026, 12, 31), QTime(20, 0)));
    const QDate june15(2026, 6, 15);
    const int june15Index = int(first.daysTo(june15));
    auto day = doses().doses(june15);
    ASSERT_TRUE(day.ok());
    ASSERT_EQ(day->size(), 28u);
    for (const DoseSlot& slot : *day) {
        const int t =
            int(std::find(times.begin(), times.end(), slot.scheduledTime) - times.begin());
        const DoseState expected =
            outcomeOf(june15Index, t) == DoseOutcome::Taken ? DoseState::Taken : DoseState::Skipped;
        EXPECT_EQ(slot.state, expected)
            << qPrintable(slot.medicationName) << " " << qPrintable(slot.scheduledTime.toString());
        EXPECT_EQ(slot.dueAt.date(), june15);
    }
    auto unmarked = doses().doses(QDate(2026, 12, 30));
    ASSERT_TRUE(unmarked.ok());
    ASSERT_EQ(unmarked->size(), 28u);
    EXPECT_TRUE(std::all_of(unmarked->begin(), unmarked->end(),
                            [](const DoseSlot& s) { return s.state == DoseState::Missed; }));

    static const std::string plan =
        std::string("EXPLAIN QUERY PLAN ") + DoseLogStore::kSelectDueBetween;
    auto explain = m_db->prepared(plan.c_str());
    ASSERT_TRUE(explain.ok());
    QStringList details;
    ASSERT_TRUE(
        (*explain)->bind(1, qint64(0)).bind(2, qint64(1)).forEachRow([&](const Statement& row) {
            details << row.text(3);
        }));
    EXPECT_TRUE(details.join(u' ').contains(QStringLiteral("USING INDEX dose_event_by_time")))
        << qPrintable(details.join(u'|'));
}

// Under TZ=America/Chicago and Asia/Kolkata (tests/unit/CMakeLists.txt). In Chicago 2026
// daylight saving starts at 02:00 on 8 March (02:30 never shows on the clock) and ends at 02:00
// on 1 November (01:30 shows twice). Each dose is there once, and can be marked: 02:30 moved
// forward by the gap, 01:30 at the instant Qt gives. Kolkata has neither: the same clock times,
// +05:30 throughout.
TEST(LocalOffset, DosesAcrossDaylightSavingAreThereOnceAndCanBeMarked) {
    const QByteArray tz = qgetenv("TZ");
    ASSERT_TRUE(tz == "America/Chicago" || tz == "Asia/Kolkata");
    const bool chicago = tz == "America/Chicago";
    QTemporaryDir dir;
    platform::FixedClock clock(atLocal(QDate(2026, 3, 1), QTime(12, 0)));
    auto db = Database::open(dir.filePath(QStringLiteral("d.db")), DatabaseKey::generate(),
                             Database::Mode::CreateIfMissing, schemaMigrations());
    ASSERT_TRUE(db.ok());
    Profile profile(std::move(*db), clock);
    auto night = profile.medications().add(
        dailyAt(QStringLiteral("Night dose"), {QTime(1, 30), QTime(2, 30), QTime(9, 0)}));
    ASSERT_TRUE(night.ok());

    const QDate springForward(2026, 3, 8);
    clock.set(atLocal(springForward, QTime(12, 0)));
    auto spring = profile.doses().doses(springForward);
    ASSERT_TRUE(spring.ok());
    ASSERT_EQ(spring->size(), 3u);
    const DoseSlot& gap = spring->at(1);
    EXPECT_EQ(gap.scheduledTime, QTime(2, 30));
    EXPECT_EQ(gap.dueAt.date(), springForward);
    EXPECT_EQ(gap.dueAt.time(), chicago ? QTime(3, 30) : QTime(2, 30))
        << "Qt 6.4 has no instant for 02:30 that night: moved forward by the gap";
    EXPECT_EQ(gap.dueAt.offsetFromUtc(), chicago ? -5 * 3600 : 5 * 3600 + 1800);
    EXPECT_EQ(spring->at(0).dueAt.offsetFromUtc(), chicago ? -6 * 3600 : 5 * 3600 + 1800);
    EXPECT_LT(spring->at(0).dueAt, gap.dueAt);
    EXPECT_LT(gap.dueAt, spring->at(2).dueAt);
    ASSERT_TRUE(profile.doses().mark({night->id, gap.dueAt, DoseOutcome::Taken, {}}).ok());
    EXPECT_EQ(profile.doses().doses(springForward)->at(1).state, DoseState::Taken);

    const QDate fallBack(2026, 11, 1);
    clock.set(atLocal(fallBack, QTime(12, 0)));
    auto autumn = profile.doses().doses(fallBack);
    ASSERT_TRUE(autumn.ok());
    ASSERT_EQ(autumn->size(), 3u) << "01:30 shows twice on the clock, and is one dose";
    const DoseSlot& repeated = autumn->at(0);
    EXPECT_EQ(repeated.dueAt.time(), QTime(1, 30));
    EXPECT_EQ(repeated.dueAt.toMSecsSinceEpoch(),
              QDateTime(fallBack, QTime(1, 30)).toMSecsSinceEpoch());
    ASSERT_TRUE(profile.doses().mark({night->id, repeated.dueAt, DoseOutcome::Skipped, {}}).ok());
    auto marked = profile.doses().doses(fallBack);
    EXPECT_EQ(marked->at(0).state, DoseState::Skipped);
    EXPECT_EQ(marked->at(1).state, DoseState::Missed) << "02:30 unmarked at noon";
    EXPECT_EQ(profile.doses().doses(fallBack.addDays(-1))->at(0).state, DoseState::Missed)
        << "the day before keeps its own 01:30";
}
