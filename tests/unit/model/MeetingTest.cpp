#include "model/Meeting.h"

#include <gtest/gtest.h>

using namespace stepstone;

namespace {

MeetingDetails valid() {
    MeetingDetails details;
    details.name = QStringLiteral("Home group");
    details.weekday = Qt::Wednesday;
    details.timeOfDay = QTime(19, 30);
    return details;
}

std::optional<MeetingProblem> problemWithLink(const QString& link) {
    MeetingDetails details = valid();
    details.link = link;
    return problemWith(details);
}

} // namespace

TEST(Meeting, AMeetingWithANameAndATimeIsEnough) {
    EXPECT_EQ(problemWith(valid()), std::nullopt);
}

TEST(Meeting, EachProblemIsNamed) {
    MeetingDetails details = valid();
    details.name = QStringLiteral(" \t");
    EXPECT_EQ(problemWith(details), MeetingProblem::EmptyName);
    details.name = QString(MeetingDetails::kMaxNameLength + 1, u'n');
    EXPECT_EQ(problemWith(details), MeetingProblem::NameTooLong);

    details = valid();
    details.weekday = 0;
    EXPECT_EQ(problemWith(details), MeetingProblem::NoSuchWeekday);
    details = valid();
    details.timeOfDay = QTime();
    EXPECT_EQ(problemWith(details), MeetingProblem::NotATime);
    details = valid();
    details.place = QString(MeetingDetails::kMaxPlaceLength + 1, u'p');
    EXPECT_EQ(problemWith(details), MeetingProblem::PlaceTooLong);
    details = valid();
    details.note = QString(MeetingDetails::kMaxNoteLength + 1, u'n');
    EXPECT_EQ(problemWith(details), MeetingProblem::NoteTooLong);
}

TEST(Meeting, OnlyHttpsLinksAreKept) {
    EXPECT_EQ(problemWithLink(QStringLiteral("https://zoom.example/j/123")), std::nullopt);
    EXPECT_EQ(problemWithLink(QStringLiteral("http://zoom.example/j/123")),
              MeetingProblem::LinkNotHttps);
    EXPECT_EQ(problemWithLink(QStringLiteral("zoom.example/j/123")), MeetingProblem::LinkNotHttps);
    EXPECT_EQ(problemWithLink(QStringLiteral("javascript:alert(1)")), MeetingProblem::LinkNotHttps);
    EXPECT_EQ(problemWithLink(QStringLiteral("https://group.example@evil.example/")),
              MeetingProblem::LinkUnusable);
    EXPECT_EQ(problemWithLink(QStringLiteral("https://")), MeetingProblem::LinkUnusable);
}

TEST(Meeting, ATimeIsHoursAndMinutesOnA24HourClock) {
    EXPECT_EQ(timeOfDayFromText(QStringLiteral("19:30")), QTime(19, 30));
    EXPECT_EQ(timeOfDayFromText(QStringLiteral(" 7:05 ")), QTime(7, 5));
    EXPECT_EQ(timeOfDayFromText(QStringLiteral("00:00")), QTime(0, 0));
    for (const char* notATime : {"", "24:00", "7", "7:5", "19:60", "abc", "7:30pm", "-1:00"})
        EXPECT_EQ(timeOfDayFromText(QString::fromLatin1(notATime)), std::nullopt) << notATime;
    EXPECT_EQ(timeOfDayText(QTime(7, 5)), QStringLiteral("07:05"));
}

TEST(Meeting, KindsAreNamedAsTheDatabaseKeepsThem) {
    for (MeetingKind kind : {MeetingKind::TwelveStep, MeetingKind::SmartRecovery,
                             MeetingKind::Alumni, MeetingKind::Other})
        EXPECT_EQ(meetingKindFromCode(meetingKindCode(kind)), kind);
    EXPECT_EQ(meetingKindCode(MeetingKind::TwelveStep), QStringLiteral("twelve-step"));
    EXPECT_EQ(meetingKindFromCode(QStringLiteral("AA")), std::nullopt);
}
