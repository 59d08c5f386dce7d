#include "sync/mapping/MeetingCarePlanMapper.h"

#include "MappingTestJson.h"
#include "SampleDayToDay.h"

#include <QJsonArray>

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");
const char* const kLinkUrl = "https://stepstone.example/fhir/StructureDefinition/meeting-link";

QJsonObject carePlanOf(const Meeting& meeting) {
    auto carePlan = MeetingCarePlanMapper::toCarePlan(meeting, kPatient);
    EXPECT_TRUE(carePlan.ok()) << carePlan.error().describe().toStdString();
    return carePlan.ok() ? *carePlan : QJsonObject();
}

Result<ServerMeeting, MappingError> read(const QJsonObject& carePlan) {
    return MeetingCarePlanMapper::fromCarePlan(carePlan, kPatient);
}

MappingErrorKind refusal(const QJsonObject& carePlan) {
    auto back = read(carePlan);
    EXPECT_FALSE(back.ok()) << test::compact(carePlan);
    return back.ok() ? MappingErrorKind::InvalidInput : back.error().kind;
}

QJsonObject withLinks(const QJsonObject& carePlan, const QStringList& links) {
    return test::withMeetingDetail(carePlan, [&](QJsonObject& detail) {
        QJsonArray extensions;
        for (const QString& link : links)
            extensions.append(QJsonObject{{"url", kLinkUrl}, {"valueUrl", link}});
        detail["extension"] = extensions;
    });
}

} // namespace

TEST(MeetingCarePlanMapper, RoundTripKeepsEveryDetailAsWritten) {
    const Meeting meeting = test::sampleMeeting();
    auto back = read(carePlanOf(meeting));
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(back->id, meeting.id);
    EXPECT_EQ(back->details, meeting.details);
}

TEST(MeetingCarePlanMapper, AMeetingWithoutPlaceLinkOrNoteRoundTripsWithoutThem) {
    Meeting meeting = test::sampleMeeting();
    meeting.details.kind = MeetingKind::Other;
    meeting.details.place.clear();
    meeting.details.link.clear();
    meeting.details.note = QStringLiteral(" \n ");
    const QJsonObject carePlan = carePlanOf(meeting);
    EXPECT_FALSE(carePlan.contains("description"));
    const QJsonObject detail = carePlan["activity"][0]["detail"].toObject();
    EXPECT_FALSE(detail.contains("location"));
    EXPECT_FALSE(detail.contains("extension"));
    auto back = read(carePlan);
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    meeting.details.note.clear();
    EXPECT_EQ(back->details, meeting.details);
}

TEST(MeetingCarePlanMapper, CarePlanFollowsTheClinicContract) {
    const Meeting meeting = test::sampleMeeting();
    const QJsonObject c = carePlanOf(meeting);
    EXPECT_EQ(c["resourceType"], "CarePlan");
    EXPECT_EQ(c["id"], meeting.id.toString(QUuid::WithoutBraces));
    EXPECT_EQ(c["meta"]["security"][1]["code"], "SUD");
    EXPECT_EQ(c["status"], "active");
    EXPECT_EQ(c["intent"], "plan");
    EXPECT_EQ(c["category"][0]["coding"][0]["system"],
              "https://stepstone.example/fhir/CodeSystem/meeting");
    EXPECT_EQ(c["category"][0]["coding"][0]["code"], "peer-support-meeting");
    EXPECT_EQ(c["title"], meeting.details.name);
    EXPECT_EQ(c["description"], meeting.details.note);
    EXPECT_EQ(c["subject"]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(c["author"]["reference"], "Patient/alex-rivera");
    ASSERT_EQ(c["activity"].toArray().size(), 1);
    const QJsonObject detail = c["activity"][0]["detail"].toObject();
    EXPECT_EQ(detail["status"], "scheduled");
    EXPECT_EQ(detail["code"]["coding"][0]["system"],
              "https://stepstone.example/fhir/CodeSystem/meeting-kind");
    EXPECT_EQ(detail["code"]["coding"][0]["code"], "twelve-step");
    EXPECT_EQ(detail["code"]["coding"][0]["display"], "12-step meeting");
    EXPECT_EQ(test::compact(detail["scheduledTiming"].toObject()),
              R"({"repeat":{"dayOfWeek":["tue"],"frequency":1,"period":1,"periodUnit":"wk",)"
              R"("timeOfDay":["19:30:00"]}})");
    EXPECT_EQ(detail["location"]["display"], meeting.details.place);
    EXPECT_EQ(detail["extension"][0]["url"], kLinkUrl);
    EXPECT_EQ(detail["extension"][0]["valueUrl"], meeting.details.link);
}

TEST(MeetingCarePlanMapper, EachWeekdayAndKindHasItsCodeAndReadsBack) {
    const char* const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    Meeting meeting = test::sampleMeeting();
    for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
        meeting.details.weekday = weekday;
        const QJsonObject carePlan = carePlanOf(meeting);
        EXPECT_EQ(carePlan["activity"][0]["detail"]["scheduledTiming"]["repeat"]["dayOfWeek"][0],
                  days[weekday - 1]);
        auto back = read(carePlan);
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(back->details.weekday, weekday);
    }
    for (MeetingKind kind : {MeetingKind::TwelveStep, MeetingKind::SmartRecovery,
                             MeetingKind::Alumni, MeetingKind::Other}) {
        meeting.details.kind = kind;
        const QJsonObject carePlan = carePlanOf(meeting);
        EXPECT_EQ(carePlan["activity"][0]["detail"]["code"]["coding"][0]["code"],
                  meetingKindCode(kind));
        auto back = read(carePlan);
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(back->details.kind, kind);
    }
}

TEST(MeetingCarePlanMapper, ControlCharactersAreSentAsSpaces) {
    Meeting meeting = test::sampleMeeting();
    meeting.details.note = QStringLiteral("left\fearly\x01");
    meeting.details.place = QStringLiteral("hall\x02"
                                           "B");
    const QJsonObject c = carePlanOf(meeting);
    EXPECT_EQ(c["description"], "left early ");
    EXPECT_EQ(c["activity"][0]["detail"]["location"]["display"], "hall B");
}

TEST(MeetingCarePlanMapper, AnotherPatientsOrAnotherKindOfCarePlanIsRefused) {
    const QJsonObject good = carePlanOf(test::sampleMeeting());
    EXPECT_EQ(MeetingCarePlanMapper::fromCarePlan(good, "jordan-lee").error().kind,
              MappingErrorKind::WrongResource);
    QJsonObject c = good;
    c["subject"] = QJsonObject{{"reference", "Group/alex-rivera"}};
    EXPECT_EQ(refusal(c), MappingErrorKind::WrongResource);
    c = good;
    c["category"] = QJsonArray{QJsonObject{{"text", "Treatment plan"}}};
    EXPECT_EQ(refusal(c), MappingErrorKind::WrongResource);
    c = good;
    c["resourceType"] = "Goal";
    EXPECT_EQ(refusal(c), MappingErrorKind::WrongResource);
}

TEST(MeetingCarePlanMapper, NoWeekdayOrTwoOrAnUnknownOneIsRefused) {
    const QJsonObject good = carePlanOf(test::sampleMeeting());
    const auto days = [&](QJsonArray list) {
        return test::withMeetingRepeat(good,
                                       [&](QJsonObject& repeat) { repeat["dayOfWeek"] = list; });
    };
    EXPECT_EQ(refusal(days({})), MappingErrorKind::OutOfRange);
    EXPECT_EQ(refusal(days({"tue", "thu"})), MappingErrorKind::OutOfRange);
    EXPECT_EQ(refusal(days({"tues"})), MappingErrorKind::UnknownCode);
    EXPECT_EQ(refusal(days({2})), MappingErrorKind::WrongType);
    EXPECT_EQ(refusal(test::withMeetingRepeat(
                  good, [](QJsonObject& repeat) { repeat.remove("dayOfWeek"); })),
              MappingErrorKind::OutOfRange);
}

TEST(MeetingCarePlanMapper, ABadTimeOrTwoTimesAreRefused) {
    const QJsonObject good = carePlanOf(test::sampleMeeting());
    const auto times = [&](QJsonArray list) {
        return test::withMeetingRepeat(good,
                                       [&](QJsonObject& repeat) { repeat["timeOfDay"] = list; });
    };
    EXPECT_EQ(refusal(times({"25:00:00"})), MappingErrorKind::WrongType);
    EXPECT_EQ(refusal(times({"7pm"})), MappingErrorKind::WrongType);
    EXPECT_EQ(refusal(times({"19:30:15"})), MappingErrorKind::OutOfRange);
    EXPECT_EQ(refusal(times({"19:30:00", "20:30:00"})), MappingErrorKind::OutOfRange);
    EXPECT_EQ(refusal(times({})), MappingErrorKind::OutOfRange);
    auto back = read(times({"07:05:00"}));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->details.timeOfDay, QTime(7, 5));
}

TEST(MeetingCarePlanMapper, ARepeatOtherThanOnceAWeekIsRefused) {
    const QJsonObject good = carePlanOf(test::sampleMeeting());
    EXPECT_EQ(refusal(test::withMeetingRepeat(good, [](QJsonObject& r) { r["periodUnit"] = "d"; })),
              MappingErrorKind::OutOfRange);
    EXPECT_EQ(refusal(test::withMeetingRepeat(good, [](QJsonObject& r) { r["period"] = 2; })),
              MappingErrorKind::OutOfRange);
    EXPECT_EQ(refusal(test::withMeetingRepeat(good, [](QJsonObject& r) { r["frequency"] = 2; })),
              MappingErrorKind::OutOfRange);
    EXPECT_EQ(
        refusal(test::withMeetingRepeat(good, [](QJsonObject& r) { r.remove("periodUnit"); })),
        MappingErrorKind::MissingField);
}

TEST(MeetingCarePlanMapper, ALinkThatIsNotSafeHttpsOrGivenTwiceIsRefused) {
    const QJsonObject good = carePlanOf(test::sampleMeeting());
    for (const char* unsafe : {"http://meet.example/j/1", "javascript:alert(1)",
                               "https://clinic.example@evil.example/", "https://", "meet.example"})
        EXPECT_EQ(refusal(withLinks(good, {QString::fromLatin1(unsafe)})),
                  MappingErrorKind::UnsafeLink)
            << unsafe;
    EXPECT_EQ(refusal(withLinks(good, {"https://meet.example/a", "https://meet.example/b"})),
              MappingErrorKind::OutOfRange);
    auto back = read(withLinks(good, {"https://meet.example/a"}));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->details.link, "https://meet.example/a");
}

TEST(MeetingCarePlanMapper, TextsOverTheModelsLimitsOrABlankNameAreRefused) {
    const QJsonObject good = carePlanOf(test::sampleMeeting());
    QJsonObject c = good;
    c["title"] = QString(MeetingDetails::kMaxNameLength, u'n');
    EXPECT_TRUE(read(c).ok());
    c["title"] = QString(MeetingDetails::kMaxNameLength + 1, u'n');
    EXPECT_EQ(refusal(c), MappingErrorKind::OutOfRange);
    c["title"] = "   ";
    EXPECT_EQ(refusal(c), MappingErrorKind::OutOfRange);
    c.remove("title");
    EXPECT_EQ(refusal(c), MappingErrorKind::MissingField);

    c = good;
    c["description"] = QString(MeetingDetails::kMaxNoteLength, u'x');
    EXPECT_TRUE(read(c).ok());
    c["description"] = QString(MeetingDetails::kMaxNoteLength + 1, u'x');
    EXPECT_EQ(refusal(c), MappingErrorKind::OutOfRange);

    const auto place = [&](const QString& text) {
        return test::withMeetingDetail(good, [&](QJsonObject& detail) {
            detail["location"] = QJsonObject{{"display", text}};
        });
    };
    EXPECT_TRUE(read(place(QString(MeetingDetails::kMaxPlaceLength, u'p'))).ok());
    EXPECT_EQ(refusal(place(QString(MeetingDetails::kMaxPlaceLength + 1, u'p'))),
              MappingErrorKind::OutOfRange);
}

TEST(MeetingCarePlanMapper, AKindMissingOrUnknownIsRefused) {
    const QJsonObject good = carePlanOf(test::sampleMeeting());
    const auto kind = [&](QJsonObject code) {
        return test::withMeetingDetail(good, [&](QJsonObject& detail) { detail["code"] = code; });
    };
    EXPECT_EQ(refusal(kind(QJsonObject{{"text", "AA"}})), MappingErrorKind::MissingField);
    EXPECT_EQ(
        refusal(kind(QJsonObject{
            {"coding", QJsonArray{QJsonObject{
                           {"system", "https://stepstone.example/fhir/CodeSystem/meeting-kind"},
                           {"code", "church-social"}}}}})),
        MappingErrorKind::UnknownCode);
    EXPECT_EQ(
        refusal(test::withMeetingDetail(good, [](QJsonObject& detail) { detail.remove("code"); })),
        MappingErrorKind::MissingField);
    QJsonObject c = good;
    c.remove("activity");
    EXPECT_EQ(refusal(c), MappingErrorKind::MissingField);
}

TEST(MeetingCarePlanMapper, AWithdrawnOrEndedMeetingIsNotShown) {
    QJsonObject c = carePlanOf(test::sampleMeeting());
    c["status"] = "entered-in-error";
    EXPECT_EQ(refusal(c), MappingErrorKind::EnteredInError);
    c["status"] = "revoked";
    EXPECT_EQ(refusal(c), MappingErrorKind::NotListed);
    c["status"] = "completed";
    EXPECT_EQ(refusal(c), MappingErrorKind::NotListed);
    c["status"] = "draft";
    EXPECT_EQ(refusal(c), MappingErrorKind::OutOfRange);
}

TEST(MeetingCarePlanMapper, WhatTheContractMayGrowIsIgnored) {
    const Meeting meeting = test::sampleMeeting();
    QJsonObject c = test::withMeetingDetail(carePlanOf(meeting), [](QJsonObject& detail) {
        QJsonArray extensions = detail["extension"].toArray();
        extensions.prepend(
            QJsonObject{{"url", "https://clinic.example/fhir/carpool"}, {"valueBoolean", true}});
        detail["extension"] = extensions;
        QJsonObject location = detail["location"].toObject();
        location["reference"] = "Location/st-marks";
        detail["location"] = location;
        QJsonObject code = detail["code"].toObject();
        QJsonArray codings = code["coding"].toArray();
        codings.prepend(QJsonObject{{"system", "http://snomed.info/sct"}, {"code", "x"}});
        code["coding"] = codings;
        detail["code"] = code;
        detail["description"] = "added by the clinic";
    });
    QJsonArray activities = c["activity"].toArray();
    activities.append(QJsonObject{{"reference", QJsonObject{{"reference", "Task/homework-1"}}}});
    c["activity"] = activities;
    c["extension"] =
        QJsonArray{QJsonObject{{"url", "https://clinic.example/x"}, {"valueString", "y"}}};
    c["period"] = QJsonObject{{"start", "2026-02-10"}};
    auto back = read(c);
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(back->details, meeting.details);

    c = test::withMeetingDetail(c, [](QJsonObject& detail) {
        detail["location"] = QJsonObject{{"reference", "Location/st-marks"}};
    });
    back = read(c);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->details.place, QString());
}

TEST(MeetingCarePlanMapper, AMeetingTheModelRefusesIsNotSent) {
    Meeting meeting = test::sampleMeeting();
    meeting.details.link = QStringLiteral("http://meet.example/j/1");
    EXPECT_EQ(MeetingCarePlanMapper::toCarePlan(meeting, kPatient).error().kind,
              MappingErrorKind::InvalidInput);
    meeting = test::sampleMeeting();
    meeting.details.weekday = 8;
    EXPECT_EQ(MeetingCarePlanMapper::toCarePlan(meeting, kPatient).error().kind,
              MappingErrorKind::InvalidInput);
    meeting = test::sampleMeeting();
    meeting.details.name = QStringLiteral(" ");
    EXPECT_EQ(MeetingCarePlanMapper::toCarePlan(meeting, kPatient).error().kind,
              MappingErrorKind::InvalidInput);
    meeting = test::sampleMeeting();
    meeting.id = QUuid();
    EXPECT_EQ(MeetingCarePlanMapper::toCarePlan(meeting, kPatient).error().kind,
              MappingErrorKind::InvalidInput);
}
