#include "StoreFixture.h"
#include "common/LocalTime.h"
#include "store/Outbox.h"
#include "store/StoredMoment.h"

using namespace stepstone;

namespace {

class MedicationStoreTest : public test::StoreFixture {
protected:
    MedicationStore& medications() { return m_profile->medications(); }

    static MedicationEntry methadone() {
        MedicationEntry entry;
        entry.name = QStringLiteral("Methadone");
        entry.dose = {80, QStringLiteral("mg")};
        entry.schedule = {ScheduleKind::ClinicDays,
                          {QTime(7, 30)},
                          {Qt::Monday, Qt::Tuesday, Qt::Thursday, Qt::Saturday}};
        entry.refillOn = QDate(2026, 11, 20);
        entry.prescriber = QStringLiteral("Dr. Amara Okafor");
        entry.rxNormCode = QStringLiteral("864706");
        return entry;
    }
};

} // namespace

TEST_F(MedicationStoreTest, KeptAsEnteredWithItsOffsetAndQueued) {
    auto added = medications().add(methadone());
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->entry, methadone());
    EXPECT_EQ(added->createdAt.toMSecsSinceEpoch(), m_clock.now().toMSecsSinceEpoch());
    EXPECT_EQ(added->createdAt.offsetFromUtc(), withLocalOffset(m_clock.now()).offsetFromUtc());
    auto pending = Outbox(*m_db).pending(m_account, QStringLiteral("medication"), 10);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1u);
    EXPECT_EQ(pending->front().recordId, idText(added->id));
}

TEST_F(MedicationStoreTest, ChangedInPlaceAndListedByName) {
    auto methadoneAdded = medications().add(methadone());
    MedicationEntry bup;
    bup.name = QStringLiteral("buprenorphine/naloxone");
    bup.dose = {1, QStringLiteral("film")};
    bup.schedule = {ScheduleKind::Daily, {QTime(8, 0), QTime(20, 0)}, {}};
    ASSERT_TRUE(medications().add(bup).ok());
    ASSERT_TRUE(methadoneAdded.ok());

    m_clock.set(m_clock.now().addSecs(3600));
    MedicationEntry lower = methadone();
    lower.dose.value = 70.5;
    lower.refillOn.reset();
    auto changed = medications().update(methadoneAdded->id, lower);
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed->entry, lower);
    EXPECT_EQ(changed->createdAt, methadoneAdded->createdAt);
    EXPECT_GT(changed->updatedAt, methadoneAdded->updatedAt);

    auto live = medications().live();
    ASSERT_TRUE(live.ok());
    ASSERT_EQ(live->size(), 2u);
    EXPECT_EQ(live->at(0).entry.name, QStringLiteral("buprenorphine/naloxone"))
        << "by name, whatever the case";
    EXPECT_EQ(live->at(1).entry.dose.value, 70.5);
}

TEST_F(MedicationStoreTest, ARemovedMedicationLeavesATombstoneWithoutItsWords) {
    auto added = medications().add(methadone());
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(medications().remove(added->id).ok());
    EXPECT_EQ(medications().find(added->id).error().kind, StoreErrorKind::NotFound);
    EXPECT_TRUE(medications().live()->empty());
    EXPECT_EQ(medications().remove(added->id).error().kind, StoreErrorKind::NotFound);
    EXPECT_EQ(medications().update(added->id, methadone()).error().kind, StoreErrorKind::NotFound);
    EXPECT_TRUE(
        *Outbox(*m_db).isQueued(m_account, {QStringLiteral("medication"), idText(added->id)}))
        << "the delete is queued for the clinic";

    auto row = m_db->prepared("SELECT name, prescriber, rxnorm_code, refill_on IS NULL, "
                              "deleted_at IS NOT NULL FROM medication WHERE id = ?1");
    ASSERT_TRUE(row.ok());
    auto read = (*row)->bind(1, idText(added->id)).forEachRow([](const Statement& r) {
        EXPECT_EQ(r.text(0), QString());
        EXPECT_EQ(r.text(1), QString());
        EXPECT_EQ(r.text(2), QString());
        EXPECT_EQ(r.integer(3), 1);
        EXPECT_EQ(r.integer(4), 1);
    });
    ASSERT_TRUE(read.ok());
}

TEST_F(MedicationStoreTest, ARemovedMedicationComesBackWithItsWordsAndItsMarks) {
    auto added = medications().add(methadone());
    ASSERT_TRUE(added.ok());
    const QDateTime due = withLocalOffset(QDateTime(QDate(2026, 11, 19), QTime(7, 30)));
    ASSERT_TRUE(m_profile->doses().mark({added->id, due, DoseOutcome::Taken, QString()}).ok());
    ASSERT_TRUE(medications().remove(added->id).ok());

    auto restored = medications().restore(*added);
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored->entry, added->entry);
    EXPECT_EQ(restored->id, added->id);
    EXPECT_EQ(restored->createdAt, added->createdAt) << "the day it was added stays";
    ASSERT_EQ(medications().live()->size(), 1u);
    auto marks = m_profile->doses().dueBetween(due.addDays(-1), due.addDays(1));
    ASSERT_TRUE(marks.ok());
    ASSERT_EQ(marks->size(), 1u) << "the marks made on its doses are still there";
    EXPECT_EQ(marks->front().mark.medicationId, added->id);
    EXPECT_EQ(medications().restore(*added).error().kind, StoreErrorKind::NotFound)
        << "only a removed medicine is restored";
    Medication unknown = *added;
    unknown.id = QUuid::createUuid();
    EXPECT_EQ(medications().restore(unknown).error().kind, StoreErrorKind::NotFound);
}

TEST_F(MedicationStoreTest, AnEntryThatCannotBeKeptIsRefusedAndNothingIsWritten) {
    MedicationEntry noTimes = methadone();
    noTimes.schedule.timesOfDay.clear();
    MedicationEntry noDays = methadone();
    noDays.schedule.clinicDays.clear();
    MedicationEntry noDose = methadone();
    noDose.dose.value = 0;
    MedicationEntry noName = methadone();
    noName.name = QStringLiteral("  ");
    for (const MedicationEntry& entry : {noTimes, noDays, noDose, noName}) {
        auto refused = medications().add(entry);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().kind, StoreErrorKind::InvalidInput);
    }
    EXPECT_TRUE(medications().live()->empty());
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 0);
}
