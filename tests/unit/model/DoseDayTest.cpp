#include "model/DoseDay.h"

#include "common/LocalTime.h"

#include <gtest/gtest.h>

using namespace stepstone;

namespace {

const QDate kFriday(2026, 12, 4);

// What the device's clock shows on `day` at `time`.
QDateTime at(const QDate& day, const QTime& time) {
    return QDateTime(day, time);
}

Medication medication(const QString& name, MedicationSchedule schedule,
                      const QDateTime& createdAt = at(QDate(2026, 1, 1), QTime(9, 0))) {
    Medication m;
    m.id = QUuid::createUuid();
    m.entry.name = name;
    m.entry.dose = {8, QStringLiteral("mg")};
    m.entry.schedule = std::move(schedule);
    m.createdAt = createdAt;
    m.updatedAt = createdAt;
    return m;
}

MedicationSchedule daily(std::vector<QTime> times) {
    return {ScheduleKind::Daily, std::move(times), {}};
}

DoseEvent markOf(const Medication& m, const QDateTime& dueAt, DoseOutcome outcome) {
    DoseEvent event;
    event.id = QUuid::createUuid();
    event.mark = {m.id, dueAt, outcome, {}};
    return event;
}

} // namespace

TEST(DoseDay, EachClockTimeOfEachMedicationIsOneDoseEarliestFirst) {
    const auto bup = medication(QStringLiteral("Buprenorphine"), daily({QTime(8, 0)}));
    const auto sertraline =
        medication(QStringLiteral("Sertraline"), daily({QTime(7, 30), QTime(20, 0)}));
    const auto doses = dosesOfDay({bup, sertraline}, {}, kFriday, at(kFriday, QTime(6, 0)));
    ASSERT_EQ(doses.size(), 3u);
    EXPECT_EQ(doses[0].medicationName, QStringLiteral("Sertraline"));
    EXPECT_EQ(doses[0].dueAt, at(kFriday, QTime(7, 30)));
    EXPECT_EQ(doses[1].medicationName, QStringLiteral("Buprenorphine"));
    EXPECT_EQ(doses[1].dose, (DoseQuantity{8, QStringLiteral("mg")}));
    EXPECT_EQ(doses[2].dueAt.time(), QTime(20, 0));
    for (const DoseSlot& slot : doses)
        EXPECT_EQ(slot.state, DoseState::Due);
}

TEST(DoseDay, ClinicDaysOnlyOnTheirWeekdaysAndAsNeededNever) {
    const auto methadone = medication(
        QStringLiteral("Methadone"),
        {ScheduleKind::ClinicDays, {QTime(9, 0)}, {Qt::Monday, Qt::Wednesday, Qt::Friday}});
    const auto naloxone = medication(QStringLiteral("Naloxone"), {ScheduleKind::AsNeeded, {}, {}});
    const QDateTime morning = at(kFriday, QTime(6, 0));
    EXPECT_EQ(dosesOfDay({methadone, naloxone}, {}, kFriday, morning).size(), 1u);
    EXPECT_TRUE(dosesOfDay({methadone, naloxone}, {}, kFriday.addDays(1), morning).empty())
        << "no clinic dosing on Saturday";
    EXPECT_EQ(dosesOfDay({methadone}, {}, kFriday.addDays(3), morning).size(), 1u) << "Monday";
}

TEST(DoseDay, MarkedDosesAreTakenOrSkippedAndAnUnmarkedOneIsMissedOnlyWellAfterItsTime) {
    const auto bup = medication(QStringLiteral("Buprenorphine"),
                                daily({QTime(8, 0), QTime(12, 0), QTime(14, 0), QTime(21, 0)}));
    const std::vector<DoseEvent> marks{
        markOf(bup, withLocalOffset(at(kFriday, QTime(8, 0))), DoseOutcome::Taken),
        markOf(bup, withLocalOffset(at(kFriday, QTime(12, 0))), DoseOutcome::Skipped),
        markOf(bup, withLocalOffset(at(kFriday.addDays(-1), QTime(14, 0))), DoseOutcome::Taken),
    };
    const auto doses = dosesOfDay({bup}, marks, kFriday, at(kFriday, QTime(16, 30)));
    ASSERT_EQ(doses.size(), 4u);
    EXPECT_EQ(doses[0].state, DoseState::Taken);
    EXPECT_EQ(doses[0].mark->id, marks[0].id);
    EXPECT_EQ(doses[1].state, DoseState::Skipped);
    EXPECT_EQ(doses[2].state, DoseState::Missed) << "14:00 unmarked at 16:30; yesterday's mark "
                                                    "is not today's";
    EXPECT_FALSE(doses[2].mark);
    EXPECT_EQ(doses[3].state, DoseState::Due);

    const auto soonAfter = dosesOfDay({bup}, marks, kFriday, at(kFriday, QTime(15, 30)));
    EXPECT_EQ(soonAfter[2].state, DoseState::Due) << "still due within two hours of its time";
}

TEST(DoseDay, NothingIsMissedBeforeTheMedicationWasAdded) {
    const auto added = medication(QStringLiteral("Naltrexone"), daily({QTime(8, 0), QTime(20, 0)}),
                                  at(kFriday, QTime(14, 0)));
    const QDateTime evening = at(kFriday, QTime(23, 0));
    EXPECT_TRUE(dosesOfDay({added}, {}, kFriday.addDays(-1), evening).empty());
    const auto doses = dosesOfDay({added}, {}, kFriday, evening);
    ASSERT_EQ(doses.size(), 2u);
    EXPECT_EQ(doses[0].state, DoseState::Due) << "08:00 came before it was added: never missed";
    EXPECT_EQ(doses[1].state, DoseState::Missed);
}

TEST(DoseDay, AMarkKeptAtAnotherOffsetStillMarksItsClockTimeThatDay) {
    const auto bup = medication(QStringLiteral("Buprenorphine"), daily({QTime(8, 0)}));
    // Marked while travelling: 08:00 on the clock of a zone at +03:00.
    const QDateTime abroad(kFriday, QTime(8, 0), Qt::OffsetFromUTC, 3 * 3600);
    const auto doses = dosesOfDay({bup}, {markOf(bup, abroad, DoseOutcome::Taken)}, kFriday,
                                  at(kFriday, QTime(12, 0)));
    ASSERT_EQ(doses.size(), 1u);
    EXPECT_EQ(doses[0].state, DoseState::Taken);
}

TEST(DoseDay, TheWindowHoldsEveryOffsetOfTheDay) {
    const DoseWindow window = doseWindowOf(kFriday);
    EXPECT_EQ(window.from, QDateTime(kFriday, QTime(0, 0), Qt::OffsetFromUTC, 14 * 3600));
    EXPECT_EQ(window.to, QDateTime(kFriday.addDays(1), QTime(0, 0), Qt::OffsetFromUTC, -12 * 3600));
    EXPECT_GT(window.from,
              QDateTime(kFriday.addDays(-1), QTime(23, 59), Qt::OffsetFromUTC, 14 * 3600))
        << "the day before, lived furthest east, is not this day";
}
