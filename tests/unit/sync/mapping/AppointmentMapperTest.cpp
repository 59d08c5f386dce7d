#include "sync/mapping/AppointmentMapper.h"

#include "MappingTestJson.h"

#include <QJsonArray>

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");

// Shaped exactly as tests/clinic-server/seed/clinic.mjs writes them, with the meta the server adds.
QJsonObject groupSession() {
    return test::jsonObject(R"json({
      "resourceType": "Appointment", "id": "alex-rivera-session-1",
      "meta": {"versionId": "4f0b3c5e-9a61-4c1e-8d2a-5b7c9e1f3a20", "lastUpdated": "2026-03-01T09:00:00.001Z"},
      "status": "booked",
      "serviceType": [{"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/session-kind", "code": "group", "display": "Group therapy"}], "text": "Group therapy"}],
      "appointmentType": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0276", "code": "ROUTINE"}]},
      "description": "IOP process group",
      "start": "2026-03-02T18:00:00.000Z",
      "end": "2026-03-02T21:00:00.000Z",
      "minutesDuration": 180,
      "participant": [
        {"actor": {"reference": "Patient/alex-rivera", "display": "Alex Rivera"}, "required": "required", "status": "needs-action"},
        {"actor": {"reference": "Practitioner/morgan-chen", "display": "Morgan Chen, LCSW"}, "required": "required", "status": "accepted"},
        {"actor": {"reference": "Location/riverside-group-room"}, "status": "accepted"}
      ]
    })json");
}

QJsonObject videoSession() {
    return test::jsonObject(R"json({
      "resourceType": "Appointment", "id": "alex-rivera-session-4",
      "meta": {"versionId": "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4"},
      "status": "booked",
      "serviceType": [{"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/session-kind", "code": "family", "display": "Family session"}], "text": "Family session"}],
      "appointmentType": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0276", "code": "ROUTINE"}]},
      "description": "Family session with Dana (video)",
      "start": "2026-03-06T17:00:00.000Z",
      "end": "2026-03-06T17:50:00.000Z",
      "minutesDuration": 50,
      "participant": [
        {"actor": {"reference": "Patient/alex-rivera", "display": "Alex Rivera"}, "required": "required", "status": "needs-action"},
        {"actor": {"reference": "Practitioner/morgan-chen", "display": "Morgan Chen, LCSW"}, "required": "required", "status": "accepted"}
      ],
      "extension": [{"url": "https://stepstone.example/fhir/StructureDefinition/video-link", "valueUrl": "https://video.example.org/riverside/family-alex-rivera"}]
    })json");
}

QJsonObject cancelledSession() {
    QJsonObject a = groupSession();
    a["id"] = "alex-rivera-session-5";
    a["status"] = "cancelled";
    a["cancelationReason"] = QJsonObject{{"text", "Clinic closed for staff training"}};
    return a;
}

QList<QJsonObject> includedLocations() {
    return {
        test::jsonObject(
            R"json({"resourceType": "Location", "id": "riverside-main", "status": "active", "mode": "instance",
          "name": "Riverside Recovery Center", "description": "Main clinic, individual and family rooms on the 2nd floor",
          "address": {"line": ["1200 River Road"], "city": "Springfield", "postalCode": "00000", "country": "US"},
          "managingOrganization": {"reference": "Organization/riverside-recovery", "display": "Riverside Recovery Center"}})json"),
        test::jsonObject(
            R"json({"resourceType": "Location", "id": "riverside-group-room", "status": "active", "mode": "instance",
          "name": "Group Room B", "description": "Ground floor, past the reception desk",
          "address": {"line": ["1200 River Road"], "city": "Springfield", "postalCode": "00000", "country": "US"},
          "managingOrganization": {"reference": "Organization/riverside-recovery", "display": "Riverside Recovery Center"},
          "partOf": {"reference": "Location/riverside-main"}})json"),
        test::jsonObject(
            R"json({"resourceType": "Practitioner", "id": "riverside-group-room"})json"),
    };
}

SessionFromAppointment mapped(const QJsonObject& appointment,
                              const QList<QJsonObject>& included = includedLocations()) {
    auto result = AppointmentMapper::toSession(appointment, included, kPatient);
    EXPECT_TRUE(result.ok()) << result.error().describe().toStdString();
    return result.ok() ? *result : SessionFromAppointment{};
}

MappingError refused(const QJsonObject& appointment) {
    auto result = AppointmentMapper::toSession(appointment, includedLocations(), kPatient);
    EXPECT_FALSE(result.ok());
    return result.ok() ? MappingError{} : result.error();
}

QJsonObject withPatientStatus(const char* status) {
    QJsonObject a = groupSession();
    QJsonArray participants = a["participant"].toArray();
    QJsonObject patient = participants[0].toObject();
    patient["status"] = status;
    participants[0] = patient;
    a["participant"] = participants;
    return a;
}

QJsonObject withVideoLink(const QJsonValue& link) {
    QJsonObject a = videoSession();
    a["extension"] = QJsonArray{
        QJsonObject{{"url", "https://stepstone.example/fhir/StructureDefinition/video-link"},
                    {"valueUrl", link}}};
    return a;
}

} // namespace

TEST(AppointmentMapper, SeedGroupSessionInTheGroupRoomBecomesABookedGroupSession) {
    const SessionFromAppointment result = mapped(groupSession());
    const Session& s = result.session;
    EXPECT_EQ(s.id, "alex-rivera-session-1");
    EXPECT_EQ(s.versionId, "4f0b3c5e-9a61-4c1e-8d2a-5b7c9e1f3a20");
    EXPECT_EQ(s.kind, Session::Kind::Group);
    EXPECT_EQ(s.status, Session::Status::Booked);
    EXPECT_EQ(s.title, "IOP process group");
    EXPECT_EQ(s.start, QDateTime(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC));
    EXPECT_EQ(s.end, QDateTime(QDate(2026, 3, 2), QTime(21, 0), Qt::UTC));
    EXPECT_EQ(s.place, "Group Room B, 1200 River Road, Springfield");
    EXPECT_EQ(s.locationId, "Location/riverside-group-room");
    EXPECT_FALSE(s.videoLink.has_value());
    EXPECT_FALSE(s.videoLinkWithheld);
    EXPECT_TRUE(s.comment.isEmpty());
    EXPECT_EQ(s.answer, Session::Answer::None);
    EXPECT_TRUE(result.leftOut.empty());
}

TEST(AppointmentMapper, SeedVideoSessionHasItsLinkAndNoPlace) {
    const SessionFromAppointment result = mapped(videoSession());
    const Session& s = result.session;
    EXPECT_EQ(s.kind, Session::Kind::Family);
    EXPECT_EQ(s.title, "Family session with Dana (video)");
    ASSERT_TRUE(s.videoLink.has_value());
    EXPECT_EQ(*s.videoLink,
              QUrl(QStringLiteral("https://video.example.org/riverside/family-alex-rivera")));
    EXPECT_TRUE(s.place.isEmpty());
    EXPECT_TRUE(s.locationId.isEmpty());
    EXPECT_FALSE(s.videoLinkWithheld);
    EXPECT_TRUE(result.leftOut.empty());
}

TEST(AppointmentMapper, CancelledSessionSaysWhyInItsComment) {
    const Session s = mapped(cancelledSession()).session;
    EXPECT_EQ(s.status, Session::Status::Cancelled);
    EXPECT_EQ(s.comment, "Clinic closed for staff training");
}

TEST(AppointmentMapper, EveryFhirStatusMapsToWhatTheClientShouldSee) {
    const std::pair<const char*, Session::Status> table[] = {
        {"booked", Session::Status::Booked},       {"arrived", Session::Status::Booked},
        {"checked-in", Session::Status::Booked},   {"proposed", Session::Status::Pending},
        {"pending", Session::Status::Pending},     {"waitlist", Session::Status::Pending},
        {"cancelled", Session::Status::Cancelled}, {"noshow", Session::Status::NoShow},
        {"fulfilled", Session::Status::Fulfilled}, {"some-r6-status", Session::Status::Other},
    };
    for (const auto& [code, expected] : table) {
        QJsonObject a = groupSession();
        a["status"] = code;
        EXPECT_EQ(mapped(a).session.status, expected) << code;
    }
}

TEST(AppointmentMapper, EnteredInErrorIsNotASession) {
    QJsonObject a = groupSession();
    a["status"] = "entered-in-error";
    EXPECT_EQ(refused(a).kind, MappingErrorKind::EnteredInError);
}

TEST(AppointmentMapper, ClientsOwnAnswerComesFromTheirParticipantStatus) {
    EXPECT_EQ(mapped(withPatientStatus("accepted")).session.answer, Session::Answer::Attending);
    EXPECT_EQ(mapped(withPatientStatus("declined")).session.answer, Session::Answer::NotAttending);
    EXPECT_EQ(mapped(withPatientStatus("tentative")).session.answer, Session::Answer::None);
    EXPECT_EQ(mapped(withPatientStatus("needs-action")).session.answer, Session::Answer::None);
}

TEST(AppointmentMapper, SessionKindComesOnlyFromTheSessionKindSystem) {
    QJsonObject a = groupSession();
    a["serviceType"] = test::jsonObject(R"json({"x": [
        {"coding": [{"system": "http://snomed.info/sct", "code": "76168009"}], "text": "Group psychotherapy"},
        {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/session-kind", "code": "individual"}]}]})json")
        ["x"];
    EXPECT_EQ(mapped(a).session.kind, Session::Kind::Individual);

    a["serviceType"] = test::jsonObject(
        R"json({"x": [{"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/session-kind", "code": "couples"}]}]})json")
        ["x"];
    EXPECT_EQ(mapped(a).session.kind, Session::Kind::Other);

    a.remove(QLatin1String("serviceType"));
    EXPECT_EQ(mapped(a).session.kind, Session::Kind::Other);
}

TEST(AppointmentMapper, TitleFallsBackToTheServiceTypeText) {
    QJsonObject a = groupSession();
    a.remove(QLatin1String("description"));
    EXPECT_EQ(mapped(a).session.title, "Group therapy");
    a["description"] = "   ";
    EXPECT_EQ(mapped(a).session.title, "Group therapy");
}

TEST(AppointmentMapper, InstructionsAndCommentAreBothShown) {
    QJsonObject a = groupSession();
    a["patientInstruction"] = "Bring your thought record.";
    a["comment"] = "Room changed this week.";
    EXPECT_EQ(mapped(a).session.comment, "Bring your thought record.\n\nRoom changed this week.");
    a["comment"] = "Bring your thought record.";
    EXPECT_EQ(mapped(a).session.comment, "Bring your thought record.");
}

TEST(AppointmentMapper, LocationThatWasNotIncludedStillMarksTheSessionInPerson) {
    QJsonObject a = groupSession();
    const Session bare = mapped(a, {}).session;
    EXPECT_EQ(bare.locationId, "Location/riverside-group-room");
    EXPECT_TRUE(bare.place.isEmpty());

    QJsonArray participants = a["participant"].toArray();
    participants[2] = test::jsonObject(
        R"json({"actor": {"reference": "Location/riverside-group-room", "display": "Group Room B"}, "status": "accepted"})json");
    a["participant"] = participants;
    EXPECT_EQ(mapped(a, {}).session.place, "Group Room B");
}

TEST(AppointmentMapper, MalformedIncludedLocationDoesNotHideTheSession) {
    const QList<QJsonObject> broken = {test::jsonObject(
        R"json({"resourceType": "Location", "id": "riverside-group-room", "name": 5, "address": {"line": "not an array", "city": ["x"]}})json")};
    const Session s = mapped(groupSession(), broken).session;
    EXPECT_EQ(s.locationId, "Location/riverside-group-room");
    EXPECT_TRUE(s.place.isEmpty());
}

TEST(AppointmentMapper, OnlySafeHttpsVideoLinksReachTheClient) {
    const char* unsafe[] = {
        "http://video.example.org/riverside/room",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "https://video.example.org@evil.example/room",
        "https:///no-host",
        "https://video.example.org/a room",
        " https://video.example.org/room",
        "//video.example.org/room",
        "file:///etc/passwd",
        "",
    };
    for (const char* link : unsafe) {
        const SessionFromAppointment result = mapped(withVideoLink(link));
        EXPECT_FALSE(result.session.videoLink.has_value()) << link;
        EXPECT_TRUE(result.session.videoLinkWithheld) << link;
        ASSERT_EQ(result.leftOut.size(), 1u) << link;
        EXPECT_EQ(result.leftOut[0].kind, MappingErrorKind::UnsafeLink) << link;
        EXPECT_EQ(result.session.title, "Family session with Dana (video)");
    }
    const SessionFromAppointment tooLong = mapped(withVideoLink(
        QStringLiteral("https://video.example.org/") + QString(3000, QLatin1Char('a'))));
    EXPECT_FALSE(tooLong.session.videoLink.has_value());
    EXPECT_TRUE(tooLong.session.videoLinkWithheld);

    const SessionFromAppointment upper =
        mapped(withVideoLink("HTTPS://Video.Example.org/Room?id=7#x"));
    ASSERT_TRUE(upper.session.videoLink.has_value());
    EXPECT_EQ(upper.session.videoLink->scheme(), "https");
    EXPECT_FALSE(upper.session.videoLinkWithheld);

    const SessionFromAppointment notAString = mapped(withVideoLink(42));
    EXPECT_FALSE(notAString.session.videoLink.has_value());
    EXPECT_TRUE(notAString.session.videoLinkWithheld);
    ASSERT_EQ(notAString.leftOut.size(), 1u);
    EXPECT_EQ(notAString.leftOut[0].kind, MappingErrorKind::WrongType);
}

TEST(AppointmentMapper, SessionWithoutBothTimesIsAnError) {
    QJsonObject noStart = groupSession();
    noStart.remove(QLatin1String("start"));
    EXPECT_EQ(refused(noStart).kind, MappingErrorKind::MissingField);
    EXPECT_EQ(refused(noStart).field, "Appointment.start");

    QJsonObject noEnd = groupSession();
    noEnd.remove(QLatin1String("end"));
    EXPECT_EQ(refused(noEnd).field, "Appointment.end");

    QJsonObject dateOnly = groupSession();
    dateOnly["start"] = "2026-03-02";
    EXPECT_EQ(refused(dateOnly).kind, MappingErrorKind::WrongType);

    QJsonObject backwards = groupSession();
    backwards["end"] = "2026-03-02T17:00:00.000Z";
    EXPECT_EQ(refused(backwards).kind, MappingErrorKind::OutOfRange);
}

TEST(AppointmentMapper, TimesKeepTheClinicsOffset) {
    QJsonObject a = groupSession();
    a["start"] = "2026-03-02T13:00:00-05:00";
    a["end"] = "2026-03-02T16:00:00.000-05:00";
    const Session s = mapped(a).session;
    EXPECT_EQ(s.start, QDateTime(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC));
    EXPECT_EQ(s.start.offsetFromUtc(), -5 * 3600);
}

TEST(AppointmentMapper, SessionWithoutThisClientIsRefused) {
    QJsonObject a = groupSession();
    EXPECT_EQ(AppointmentMapper::toSession(a, {}, QStringLiteral("jordan-lee")).error().kind,
              MappingErrorKind::WrongResource);
    a.remove(QLatin1String("participant"));
    EXPECT_EQ(refused(a).kind, MappingErrorKind::WrongResource);
}

TEST(AppointmentMapper, MalformedAppointmentsAreClearErrors) {
    auto with = [](const char* key, const QJsonValue& value) {
        QJsonObject a = groupSession();
        a[QLatin1String(key)] = value;
        return a;
    };
    const std::pair<QJsonObject, MappingErrorKind> cases[] = {
        {QJsonObject(), MappingErrorKind::WrongResource},
        {with("resourceType", "AppointmentResponse"), MappingErrorKind::WrongResource},
        {with("status", 1), MappingErrorKind::WrongType},
        {with("status", QJsonValue::Null), MappingErrorKind::MissingField},
        {with("id", "../Patient/x"), MappingErrorKind::WrongType},
        {with("id", QString(65, QLatin1Char('a'))), MappingErrorKind::WrongType},
        {with("start", 20260302), MappingErrorKind::WrongType},
        {with("participant", QJsonObject()), MappingErrorKind::WrongType},
        {with("participant", QJsonArray{"Patient/alex-rivera"}), MappingErrorKind::WrongType},
        {with("participant", QJsonArray{QJsonObject{{"actor", "Patient/alex-rivera"}}}),
         MappingErrorKind::WrongType},
        {with("serviceType", "group"), MappingErrorKind::WrongType},
        {with("serviceType", QJsonArray{QJsonArray{}}), MappingErrorKind::WrongType},
        {with("description", QJsonArray{"IOP"}), MappingErrorKind::WrongType},
        {with("comment", 3.5), MappingErrorKind::WrongType},
        {with("extension", "https://video.example.org"), MappingErrorKind::WrongType},
        {with("meta", "v1"), MappingErrorKind::WrongType},
    };
    for (const auto& [appointment, expected] : cases) {
        const MappingError error = refused(appointment);
        EXPECT_EQ(error.kind, expected) << test::compact(appointment).substr(0, 400);
    }
}

TEST(AppointmentMapper, HugeTextsAndUnknownFieldsDoNotStopTheSession) {
    QJsonObject a = groupSession();
    a["description"] = QString(1024 * 1024, QLatin1Char('x'));
    a["priority"] = 5;
    a["supportingInformation"] = QJsonArray{QJsonObject{{"reference", "DocumentReference/1"}}};
    a["somethingNew"] = QJsonObject{{"deep", QJsonArray{QJsonArray{QJsonArray{}}}}};
    const Session s = mapped(a).session;
    EXPECT_EQ(s.title.size(), 1024 * 1024);
    EXPECT_EQ(s.kind, Session::Kind::Group);
}
