#include "model/HomeworkDue.h"

#include <gtest/gtest.h>

using namespace stepstone;

namespace {

// 2 December 2026, 22:30 in Chicago (UTC-6): already the 3rd in UTC.
const QDateTime kNow(QDate(2026, 12, 3), QTime(4, 30), Qt::UTC);

HomeworkDue upcoming(QDate day) {
    return {HomeworkDue::State::Upcoming, day};
}
HomeworkDue overdue(QDate day) {
    return {HomeworkDue::State::Overdue, day};
}

} // namespace

// Under TZ=America/Chicago (see CMakeLists.txt).
TEST(ChicagoCalendarHomeworkDue, ADateIsDueUntilItsLastHourOnTheClientsCalendar) {
    EXPECT_EQ(homeworkDue("2026-12-02", kNow), upcoming(QDate(2026, 12, 2)))
        << "still the 2nd in Chicago, though the 3rd in UTC";
    EXPECT_EQ(homeworkDue("2026-12-01", kNow), overdue(QDate(2026, 12, 1)));
    EXPECT_EQ(homeworkDue("2026-12", kNow), upcoming(QDate(2026, 12, 31)));
    EXPECT_EQ(homeworkDue("2026-11", kNow), overdue(QDate(2026, 11, 30)));
    EXPECT_EQ(homeworkDue("2026", kNow), upcoming(QDate(2026, 12, 31)));
}

TEST(ChicagoCalendarHomeworkDue, AnInstantIsOverdueOnceItHasPassedAndFallsOnTheLocalDay) {
    EXPECT_EQ(homeworkDue("2026-12-02T22:00:00-06:00", kNow), overdue(QDate(2026, 12, 2)));
    EXPECT_EQ(homeworkDue("2026-12-02T23:59:00-06:00", kNow), upcoming(QDate(2026, 12, 2)));
    EXPECT_EQ(homeworkDue("2026-12-03T05:59:59.500Z", kNow), upcoming(QDate(2026, 12, 2)))
        << "written in UTC, read on the client's calendar";
    EXPECT_EQ(homeworkDue("2026-12-03T11:00:00+05:30", kNow), upcoming(QDate(2026, 12, 2)))
        << "a clinic in another zone";
}

TEST(ChicagoCalendarHomeworkDue, TextThatIsNoFhirDateIsUndatedNeverOverdue) {
    const HomeworkDue undated;
    for (const char* text :
         {"", "soon", "2026-13-01", "2026-02-30", "2026-12-02T22:00:00", "12/02/2026", "2026-1-5"})
        EXPECT_EQ(homeworkDue(QString::fromLatin1(text), kNow), undated) << text;
}
