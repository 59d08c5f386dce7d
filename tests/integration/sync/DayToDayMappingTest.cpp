// The day-to-day records' FHIR resources through the real test clinic, which validates every
// write (400 with an OperationOutcome when invalid): each is PUT as the mapper makes it, read
// back, and mapped back equal. Sharing them is not switched on yet, so the therapist's token does
// the PUT; the client's own sync only downloads the clinic's MedicationRequests, tested last.
#include "ClinicSignIn.h"
#include "ClinicSyncTest.h"
#include "SampleDayToDay.h"
#include "sync/mapping/CheckInObservationMapper.h"
#include "sync/mapping/LapseObservationMapper.h"
#include "sync/mapping/MedicationAdministrationMapper.h"
#include "sync/mapping/MedicationStatementMapper.h"
#include "sync/mapping/MeetingCarePlanMapper.h"
#include "sync/mapping/ProgramObservationMapper.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

using namespace stepstone;
using namespace stepstone::test;

namespace {

class DayToDayMapping : public ClinicSyncTest {
protected:
    // PUTs `resource` under its id, then reads it back as the server keeps it.
    QJsonObject throughTheClinic(const Result<QJsonObject, MappingError>& resource) {
        EXPECT_TRUE(resource.ok()) << qPrintable(resource.error().describe());
        if (!resource.ok())
            return {};
        const QString path =
            resource->value("resourceType").toString() + '/' + resource->value("id").toString();
        const FhirAnswer put = send("PUT", path, *resource);
        EXPECT_TRUE(put.status == 200 || put.status == 201)
            << put.status << ' '
            << QJsonDocument(put.resource).toJson(QJsonDocument::Compact).toStdString();
        const FhirAnswer stored = fhirGet(m_clinic.fhirBase, path, m_clinic.therapistToken);
        EXPECT_EQ(stored.status, 200) << qPrintable(path);
        EXPECT_FALSE(
            stored.resource.value("meta").toObject().value("versionId").toString().isEmpty());
        return stored.resource;
    }

    // A request with the therapist's token that keeps the answer's body (an OperationOutcome
    // when the clinic refuses).
    FhirAnswer send(const QByteArray& verb, const QString& path, const QJsonObject& resource) {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_clinic.fhirBase.toString() + '/' + path));
        request.setRawHeader("Authorization", "Bearer " + m_clinic.therapistToken.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/fhir+json");
        QNetworkReply* reply = network.sendCustomRequest(
            request, verb, QJsonDocument(resource).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }

    void removeFromTheClinic(const QString& path) {
        EXPECT_EQ(send("DELETE", path, {}).status / 100, 2) << qPrintable(path);
    }

    static QString idOf(const QUuid& id) { return id.toString(QUuid::WithoutBraces); }
};

} // namespace

TEST_F(DayToDayMapping, CheckInsRoundTripThroughTheClinicEqual) {
    CheckIn full = test::sampleCheckIn();
    CheckIn bare = test::sampleCheckIn();
    bare.id = QUuid::createUuid();
    bare.answers.sleepMinutes.reset();
    bare.answers.note.clear();
    bare.answers.usedToday = true;
    for (const CheckIn& checkIn : {full, bare}) {
        const QJsonObject stored =
            throughTheClinic(CheckInObservationMapper::toObservation(checkIn, kPatient));
        auto back = CheckInObservationMapper::fromObservation(stored, kPatient);
        ASSERT_TRUE(back.ok()) << qPrintable(back.error().describe());
        EXPECT_EQ(back->id, checkIn.id);
        EXPECT_EQ(back->day, checkIn.day);
        EXPECT_EQ(back->answers, checkIn.answers);
        EXPECT_EQ(back->answeredAt, checkIn.answeredAt);
        EXPECT_EQ(back->answeredAt.offsetFromUtc(), checkIn.answeredAt.offsetFromUtc());
        removeFromTheClinic("Observation/" + idOf(checkIn.id));
    }
}

TEST_F(DayToDayMapping, ALapseRoundTripsThroughTheClinicEqual) {
    const Lapse lapse = test::sampleLapse();
    const QJsonObject stored =
        throughTheClinic(LapseObservationMapper::toObservation(lapse, kPatient));
    auto back = LapseObservationMapper::fromObservation(stored, kPatient);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error().describe());
    EXPECT_EQ(back->id, lapse.id);
    EXPECT_EQ(back->entry, lapse.entry);
    EXPECT_EQ(back->entry.occurredAt.offsetFromUtc(), lapse.entry.occurredAt.offsetFromUtc());
    EXPECT_EQ(back->updatedAt, std::optional<QDateTime>(lapse.updatedAt));
    removeFromTheClinic("Observation/" + idOf(lapse.id));
}

TEST_F(DayToDayMapping, MedicinesAndTheirDosesRoundTripThroughTheClinicEqual) {
    for (const Medication& medication :
         {test::sampleDailyMedication(), test::sampleClinicDaysMedication(),
          test::sampleAsNeededMedication()}) {
        const QJsonObject statement = throughTheClinic(
            MedicationStatementMapper::toMedicationStatement(medication, kPatient));
        auto medicine = MedicationStatementMapper::fromMedicationStatement(statement, kPatient);
        ASSERT_TRUE(medicine.ok()) << qPrintable(medicine.error().describe());
        EXPECT_EQ(medicine->id, medication.id);
        EXPECT_EQ(medicine->entry, medication.entry) << qPrintable(medication.entry.name);

        for (const DoseEvent& event :
             {test::sampleDose(medication, DoseOutcome::Taken),
              test::sampleDose(medication, DoseOutcome::Taken, QStringLiteral("late, at 10")),
              test::sampleDose(medication, DoseOutcome::Skipped, QStringLiteral("felt sick"))}) {
            const QJsonObject administration =
                throughTheClinic(MedicationAdministrationMapper::toMedicationAdministration(
                    event, medication, kPatient));
            auto dose = MedicationAdministrationMapper::fromMedicationAdministration(administration,
                                                                                     kPatient);
            ASSERT_TRUE(dose.ok()) << qPrintable(dose.error().describe());
            EXPECT_EQ(dose->id, event.id);
            EXPECT_EQ(dose->mark, event.mark);
            EXPECT_EQ(dose->mark.dueAt.offsetFromUtc(), event.mark.dueAt.offsetFromUtc());
            removeFromTheClinic("MedicationAdministration/" + idOf(event.id));
        }
        removeFromTheClinic("MedicationStatement/" + idOf(medication.id));
    }
}

TEST_F(DayToDayMapping, WhereTheClientIsInTreatmentRoundTripsThroughTheClinicEqual) {
    Program stepping = test::sampleProgram();
    Program aftercare = test::sampleProgram();
    aftercare.id = QUuid::createUuid();
    aftercare.status = {ProgramLevel::Aftercare, std::nullopt};
    for (const Program& program : {stepping, aftercare}) {
        const QJsonObject stored =
            throughTheClinic(ProgramObservationMapper::toObservation(program, kPatient));
        auto back = ProgramObservationMapper::fromObservation(stored, kPatient);
        ASSERT_TRUE(back.ok()) << qPrintable(back.error().describe());
        EXPECT_EQ(back->id, program.id);
        EXPECT_EQ(back->status, program.status);
        EXPECT_EQ(back->updatedAt, program.updatedAt);
        EXPECT_EQ(back->updatedAt.offsetFromUtc(), program.updatedAt.offsetFromUtc());
        EXPECT_FALSE(back->versionId.isEmpty());
        removeFromTheClinic("Observation/" + idOf(program.id));
    }
}

TEST_F(DayToDayMapping, MeetingsRoundTripThroughTheClinicEqual) {
    Meeting full = test::sampleMeeting();
    Meeting bare = test::sampleMeeting();
    bare.id = QUuid::createUuid();
    bare.details.kind = MeetingKind::Alumni;
    bare.details.weekday = Qt::Sunday;
    bare.details.timeOfDay = QTime(7, 5);
    bare.details.place.clear();
    bare.details.link.clear();
    bare.details.note.clear();
    for (const Meeting& meeting : {full, bare}) {
        const QJsonObject stored =
            throughTheClinic(MeetingCarePlanMapper::toCarePlan(meeting, kPatient));
        auto back = MeetingCarePlanMapper::fromCarePlan(stored, kPatient);
        ASSERT_TRUE(back.ok()) << qPrintable(back.error().describe());
        EXPECT_EQ(back->id, meeting.id);
        EXPECT_EQ(back->details, meeting.details) << qPrintable(meeting.details.name);
        EXPECT_FALSE(back->versionId.isEmpty());
        removeFromTheClinic("CarePlan/" + idOf(meeting.id));
        EXPECT_EQ(
            fhirGet(m_clinic.fhirBase, "CarePlan/" + idOf(meeting.id), m_clinic.therapistToken)
                .status,
            410);
    }
}

TEST_F(DayToDayMapping, TheClinicRefusesAResourceBrokenOnPurpose) {
    // The oracle can say no: the same MedicationAdministration with a status R4 does not have.
    const Medication medication = test::sampleDailyMedication();
    auto administration = MedicationAdministrationMapper::toMedicationAdministration(
        test::sampleDose(medication, DoseOutcome::Taken), medication, kPatient);
    ASSERT_TRUE(administration.ok());
    (*administration)["status"] = "given";
    const FhirAnswer refused =
        send("PUT", "MedicationAdministration/" + administration->value("id").toString(),
             *administration);
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.resource.value("resourceType"), "OperationOutcome");

    // And a meeting's CarePlan with its time written "19:30", without the seconds R4 wants. (The
    // clinic keeps a weekday "tuesday" or a periodUnit "week": neither of its validators checks
    // the codes inside a Timing, so the reader has to.)
    auto carePlan = MeetingCarePlanMapper::toCarePlan(test::sampleMeeting(), kPatient);
    ASSERT_TRUE(carePlan.ok());
    *carePlan = test::withMeetingRepeat(
        *carePlan, [](QJsonObject& repeat) { repeat["timeOfDay"] = QJsonArray{"19:30"}; });
    const FhirAnswer refusedPlan =
        send("PUT", "CarePlan/" + carePlan->value("id").toString(), *carePlan);
    EXPECT_EQ(refusedPlan.status, 400);
    EXPECT_EQ(refusedPlan.resource.value("resourceType"), "OperationOutcome");
}

TEST_F(DayToDayMapping, TheClinicsMedicationListLandsForItsOwnAccountOnly) {
    ASSERT_TRUE(sync());
    auto alexList = m_device->profile().clinicMedications().list(m_account);
    ASSERT_TRUE(alexList.ok());
    ASSERT_EQ(alexList->size(), 1u);
    const ClinicMedication& listed = alexList->front();
    EXPECT_EQ(listed.id, "alex-rivera-buprenorphine-naloxone");
    EXPECT_EQ(listed.status, ClinicMedication::Status::Active);
    EXPECT_EQ(listed.name, "Buprenorphine/naloxone 8 mg/2 mg sublingual film");
    EXPECT_EQ(listed.rxNormCode, "1010604");
    EXPECT_EQ(listed.dosageText, "Dissolve one film under the tongue once a day");
    EXPECT_EQ(listed.prescriber, "Priya Shah, MD");
    EXPECT_TRUE(listed.authoredOn.has_value());
    EXPECT_FALSE(listed.versionId.isEmpty());

    // Jordan, on the same device, has no medicines at the clinic: Alex's list is not theirs.
    auto jordan = signInToClinic(m_clinic.fhirBase, QStringLiteral("jordan"));
    ASSERT_TRUE(jordan.grant.ok()) << qPrintable(jordan.grant.error().detail);
    ASSERT_TRUE(m_device->signInWith(*jordan.grant, m_clinic.fhirBase));
    ASSERT_NE(m_device->account(), m_account);
    ASSERT_TRUE(m_device->syncUntilDone(3));
    auto jordanList = m_device->profile().clinicMedications().list(m_device->account());
    ASSERT_TRUE(jordanList.ok());
    EXPECT_TRUE(jordanList->empty());
    auto alexAgain = m_device->profile().clinicMedications().list(m_account);
    ASSERT_TRUE(alexAgain.ok());
    EXPECT_EQ(*alexAgain, *alexList);
}
