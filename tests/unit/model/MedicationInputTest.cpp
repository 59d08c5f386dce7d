#include "model/MedicationInput.h"

#include <gtest/gtest.h>

using namespace stepstone;

namespace {

const QDate kToday(2026, 12, 5);

MedicationInput buprenorphine() {
    MedicationInput input;
    input.name = QStringLiteral("Buprenorphine/naloxone");
    input.dose = QStringLiteral("8 mg");
    input.kind = ScheduleKind::Daily;
    input.times = QStringLiteral("08:00");
    input.refillOn = QStringLiteral("2026-12-19");
    input.prescriber = QStringLiteral("Dr. Okafor");
    return input;
}

} // namespace

TEST(MedicationInput, AFilledInFormReadsAsAnEntry) {
    const MedicationReading reading = readMedication(buprenorphine(), kToday);
    ASSERT_TRUE(reading.entry);
    EXPECT_TRUE(reading.problems.empty());
    EXPECT_FALSE(reading.refillPast);
    EXPECT_EQ(reading.entry->dose, (DoseQuantity{8, QStringLiteral("mg")}));
    EXPECT_EQ(reading.entry->schedule.timesOfDay, std::vector<QTime>{QTime(8, 0)});
    EXPECT_EQ(reading.entry->refillOn, QDate(2026, 12, 19));
    EXPECT_TRUE(reading.entry->isValid());
}

TEST(MedicationInput, ADoseOfAbcIsNotANumberAndTheFormKeepsWhatWasTyped) {
    MedicationInput input = buprenorphine();
    input.dose = QStringLiteral("abc");
    const MedicationInput typed = input;
    const MedicationReading reading = readMedication(input, kToday);
    EXPECT_FALSE(reading.entry) << "nothing to save while the dose cannot be read";
    EXPECT_EQ(reading.problemWith(MedicationField::Dose), MedicationProblem::DoseNotANumber);
    EXPECT_FALSE(reading.problemWith(MedicationField::Name)) << "only the dose is wrong";
    EXPECT_EQ(input, typed) << "reading never changes what the client typed";
}

TEST(MedicationInput, DosesReadAsANumberAndAUnit) {
    EXPECT_EQ(*readDose(QStringLiteral(" 0,5  ml ")), (DoseQuantity{0.5, QStringLiteral("ml")}));
    EXPECT_EQ(*readDose(QStringLiteral("80mg")), (DoseQuantity{80, QStringLiteral("mg")}));
    EXPECT_EQ(*readDose(QStringLiteral("1 film")), (DoseQuantity{1, QStringLiteral("film")}));
    EXPECT_EQ(readDose(QStringLiteral("")).error(), MedicationProblem::DoseMissing);
    EXPECT_EQ(readDose(QStringLiteral("mg 8")).error(), MedicationProblem::DoseNotANumber);
    EXPECT_EQ(readDose(QStringLiteral("-8 mg")).error(), MedicationProblem::DoseNotANumber);
    EXPECT_EQ(readDose(QStringLiteral("0 mg")).error(), MedicationProblem::DoseNotPositive);
    EXPECT_EQ(readDose(QStringLiteral("8")).error(), MedicationProblem::DoseUnitMissing);
    EXPECT_EQ(readDose(QStringLiteral("999999999 mg")).error(), MedicationProblem::DoseNotANumber);
}

TEST(MedicationInput, DailyAndClinicDaySchedulesNeedTimes) {
    for (ScheduleKind kind : {ScheduleKind::Daily, ScheduleKind::ClinicDays}) {
        MedicationInput input = buprenorphine();
        input.kind = kind;
        input.clinicDays = {Qt::Monday};
        input.times = QStringLiteral("  ");
        const MedicationReading reading = readMedication(input, kToday);
        EXPECT_FALSE(reading.entry);
        EXPECT_EQ(reading.problemWith(MedicationField::Times), MedicationProblem::TimesMissing);
    }
    MedicationInput asNeeded = buprenorphine();
    asNeeded.kind = ScheduleKind::AsNeeded;
    asNeeded.times = QStringLiteral("whenever");
    const MedicationReading reading = readMedication(asNeeded, kToday);
    ASSERT_TRUE(reading.entry) << "as needed has no times to read";
    EXPECT_TRUE(reading.entry->schedule.timesOfDay.empty());
    EXPECT_EQ(asNeeded.times, QStringLiteral("whenever")) << "kept in the form all the same";
}

TEST(MedicationInput, TimesReadEarliestFirstOnceEach) {
    EXPECT_EQ(*readTimesOfDay(QStringLiteral("20:00, 8:00;08:00 13:30")),
              (std::vector<QTime>{QTime(8, 0), QTime(13, 30), QTime(20, 0)}));
    EXPECT_EQ(readTimesOfDay(QStringLiteral("8am")).error(), MedicationProblem::TimeUnreadable);
    EXPECT_EQ(readTimesOfDay(QStringLiteral("25:00")).error(), MedicationProblem::TimeUnreadable);
    EXPECT_EQ(readTimesOfDay(QStringLiteral("08:00 12:61")).error(),
              MedicationProblem::TimeUnreadable);
    EXPECT_EQ(timesOfDayText({QTime(8, 0), QTime(20, 30)}), QStringLiteral("08:00 20:30"));
}

TEST(MedicationInput, ClinicDaysNeedAWeekday) {
    MedicationInput methadone = buprenorphine();
    methadone.name = QStringLiteral("Methadone");
    methadone.dose = QStringLiteral("80 mg");
    methadone.kind = ScheduleKind::ClinicDays;
    const MedicationReading none = readMedication(methadone, kToday);
    EXPECT_FALSE(none.entry);
    EXPECT_EQ(none.problemWith(MedicationField::ClinicDays), MedicationProblem::ClinicDaysMissing);

    methadone.clinicDays = {Qt::Friday, Qt::Monday, Qt::Wednesday, Qt::Monday};
    const MedicationReading some = readMedication(methadone, kToday);
    ASSERT_TRUE(some.entry);
    EXPECT_EQ(some.entry->schedule.clinicDays,
              (std::vector<Qt::DayOfWeek>{Qt::Monday, Qt::Wednesday, Qt::Friday}));
}

TEST(MedicationInput, ARefillDateInThePastIsKeptAndNoticedNeverRefused) {
    MedicationInput input = buprenorphine();
    input.refillOn = QStringLiteral("2026-12-01");
    const MedicationReading overdue = readMedication(input, kToday);
    ASSERT_TRUE(overdue.entry) << "an overdue refill is real: it is saved";
    EXPECT_TRUE(overdue.refillPast);
    EXPECT_EQ(overdue.entry->refillOn, QDate(2026, 12, 1));

    input.refillOn = kToday.toString(Qt::ISODate);
    EXPECT_FALSE(readMedication(input, kToday).refillPast) << "today is not past";

    input.refillOn = QStringLiteral("next week");
    const MedicationReading unreadable = readMedication(input, kToday);
    EXPECT_FALSE(unreadable.entry);
    EXPECT_EQ(unreadable.problemWith(MedicationField::RefillOn),
              MedicationProblem::RefillDateUnreadable);
}

TEST(MedicationInput, EveryFieldWithAProblemIsNamedAtOnce) {
    MedicationInput input;
    input.dose = QStringLiteral("abc");
    input.kind = ScheduleKind::ClinicDays;
    input.refillOn = QStringLiteral("soon");
    input.prescriber = QString(MedicationEntry::kMaxPrescriberLength + 1, u'x');
    const MedicationReading reading = readMedication(input, kToday);
    EXPECT_EQ(reading.problems,
              (std::vector<MedicationProblem>{
                  MedicationProblem::NameMissing, MedicationProblem::DoseNotANumber,
                  MedicationProblem::TimesMissing, MedicationProblem::ClinicDaysMissing,
                  MedicationProblem::RefillDateUnreadable, MedicationProblem::PrescriberTooLong}));
}

TEST(MedicationInput, AnEntryReadsBackIntoTheSameForm) {
    const MedicationReading reading = readMedication(buprenorphine(), kToday);
    ASSERT_TRUE(reading.entry);
    const MedicationInput again = inputFrom(*reading.entry);
    EXPECT_EQ(again, buprenorphine());
    EXPECT_EQ(readMedication(again, kToday).entry, reading.entry);
}
