#include "sync/mapping/AppointmentResponseBuilder.h"

#include "MappingTestJson.h"

using namespace stepstone;

namespace {

SessionAnswer attending() {
    return {QUuid::fromString(QStringLiteral("2f6f0d1e-8c4b-4e0a-9a57-3d2c1b0a9f8e")),
            QStringLiteral("alex-rivera-session-2"), QStringLiteral("alex-rivera"),
            Session::Answer::Attending, QString::fromUtf8("Llego 5 min tarde — lo siento")};
}

} // namespace

TEST(AppointmentResponseBuilder, AttendingBecomesAnAcceptedResponseFromTheClient) {
    auto built = AppointmentResponseBuilder::build(attending());
    ASSERT_TRUE(built.ok());
    const QJsonObject& r = *built;
    EXPECT_EQ(r["resourceType"], "AppointmentResponse");
    EXPECT_EQ(r["id"], "2f6f0d1e-8c4b-4e0a-9a57-3d2c1b0a9f8e");
    EXPECT_EQ(r["appointment"]["reference"], "Appointment/alex-rivera-session-2");
    EXPECT_EQ(r["actor"]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(r["participantStatus"], "accepted");
    EXPECT_EQ(r["comment"], QString::fromUtf8("Llego 5 min tarde — lo siento"));
    EXPECT_EQ(r.size(), 6);
}

TEST(AppointmentResponseBuilder, CantMakeItBecomesDeclinedWithoutAnEmptyComment) {
    SessionAnswer answer = attending();
    answer.answer = Session::Answer::NotAttending;
    answer.comment = QStringLiteral("  \n ");
    auto built = AppointmentResponseBuilder::build(answer);
    ASSERT_TRUE(built.ok());
    EXPECT_EQ((*built)["participantStatus"], "declined");
    EXPECT_FALSE(built->contains(QLatin1String("comment")));
}

TEST(AppointmentResponseBuilder, RetryingTheSameAnswerBuildsTheSameResource) {
    auto first = AppointmentResponseBuilder::build(attending());
    auto retry = AppointmentResponseBuilder::build(attending());
    ASSERT_TRUE(first.ok() && retry.ok());
    EXPECT_EQ(*first, *retry);
}

TEST(AppointmentResponseBuilder, ChangingTheAnswerKeepsTheSameId) {
    SessionAnswer changed = attending();
    changed.answer = Session::Answer::NotAttending;
    auto first = AppointmentResponseBuilder::build(attending());
    auto second = AppointmentResponseBuilder::build(changed);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ((*first)["id"], (*second)["id"]);
    EXPECT_NE((*first)["participantStatus"], (*second)["participantStatus"]);
}

TEST(AppointmentResponseBuilder, ControlCharactersInTheCommentBecomeSpaces) {
    SessionAnswer answer = attending();
    answer.comment = QStringLiteral("late\x0b again");
    auto built = AppointmentResponseBuilder::build(answer);
    ASSERT_TRUE(built.ok());
    EXPECT_EQ((*built)["comment"], "late  again");
}

TEST(AppointmentResponseBuilder, AnswerThatCannotBeSentIsInvalidInput) {
    SessionAnswer none = attending();
    none.answer = Session::Answer::None;
    SessionAnswer nullId = attending();
    nullId.responseId = QUuid();
    SessionAnswer pathInId = attending();
    pathInId.appointmentId = QStringLiteral("x/../../Patient/jordan-lee");
    SessionAnswer noAppointment = attending();
    noAppointment.appointmentId.clear();
    SessionAnswer badPatient = attending();
    badPatient.patientId = QStringLiteral("alex rivera");
    for (const SessionAnswer& answer : {none, nullId, pathInId, noAppointment, badPatient}) {
        auto built = AppointmentResponseBuilder::build(answer);
        ASSERT_FALSE(built.ok());
        EXPECT_EQ(built.error().kind, MappingErrorKind::InvalidInput)
            << built.error().describe().toStdString();
    }
}
