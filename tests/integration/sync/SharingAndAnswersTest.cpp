#include "ClinicSyncTest.h"

#include <QJsonArray>
#include <algorithm>

using namespace stepstone;
using namespace stepstone::test;

namespace {

class SharingAndAnswers : public ClinicSyncTest {
protected:
    QString consentId() const {
        return m_sharing->cravings(m_account)->consentId.toString(QUuid::WithoutBraces);
    }

    FhirAnswer consentOnServer() {
        return fhirGet(m_clinic.fhirBase, "Consent/" + consentId(), m_clinic.therapistToken);
    }

    // The first upcoming session that is still on.
    std::optional<Session> bookedSession() {
        auto sessions = m_sessions->upcoming(m_account, m_clock->now(), 100);
        EXPECT_TRUE(sessions.ok());
        if (!sessions.ok())
            return std::nullopt;
        const auto found = std::find_if(sessions->begin(), sessions->end(), [](const Session& s) {
            return s.status == Session::Status::Booked;
        });
        if (found == sessions->end())
            return std::nullopt;
        return *found;
    }

    std::optional<Session> sessionNamed(const QString& id) {
        auto sessions = m_sessions->upcoming(m_account, m_clock->now(), 100);
        EXPECT_TRUE(sessions.ok());
        for (const Session& s : *sessions)
            if (s.id == id)
                return s;
        return std::nullopt;
    }

    // The AppointmentResponse id the device chose for its answer to a session.
    QString responseIdFor(const QString& sessionId) {
        auto select = m_db->prepared("SELECT answer_response_id FROM clinic_session WHERE id = ?1");
        EXPECT_TRUE(select.ok());
        auto row = (*select)->bind(1, sessionId).step();
        EXPECT_TRUE(row.ok() && *row);
        const QString id = (*select)->text(0);
        (*select)->reset();
        return id;
    }

    // As the therapist would change a session, so the next download brings it again.
    void therapistRetitles(const QString& sessionId) {
        FhirAnswer appointment =
            fhirGet(m_clinic.fhirBase, "Appointment/" + sessionId, m_clinic.therapistToken);
        ASSERT_EQ(appointment.status, 200);
        appointment.resource["description"] =
            QStringLiteral("Renamed %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        ASSERT_EQ(therapistPut(m_clinic.fhirBase, "Appointment/" + sessionId,
                               m_clinic.therapistToken, appointment.resource),
                  200);
    }
};

} // namespace

TEST_F(SharingAndAnswers, TurningSharingOnSendsTheConsentAndEarlierLogsOnceAndRevokingStopsIt) {
    const CravingLog first = log(7, QStringLiteral("before sharing"));
    const CravingLog second = log(3);
    ASSERT_TRUE(sync());
    EXPECT_EQ(cravingIdsOnServer().count(idOf(first)), 0u);
    EXPECT_EQ(cravingIdsOnServer().count(idOf(second)), 0u);

    m_clock->advanceSeconds(60);
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, m_clock->now()).ok());
    ASSERT_TRUE(sync());
    ASSERT_TRUE(sync()); // a second run sends nothing again

    const FhirAnswer active = consentOnServer();
    ASSERT_EQ(active.status, 200);
    EXPECT_EQ(active.resource["status"].toString(), "active");
    EXPECT_EQ(active.resource["patient"].toObject()["reference"].toString(), "Patient/alex-rivera");
    const QJsonObject actor =
        active.resource["provision"].toObject()["actor"].toArray()[0].toObject();
    EXPECT_EQ(actor["role"].toObject()["coding"].toArray()[0].toObject()["code"].toString(),
              "IRCP");
    EXPECT_EQ(actor["reference"].toObject()["reference"].toString(),
              "CareTeam/alex-rivera-care-team");
    const auto shared = cravingIdsOnServer();
    EXPECT_EQ(shared.count(idOf(first)), 1u);
    EXPECT_EQ(shared.count(idOf(second)), 1u);
    EXPECT_EQ(idsFound(m_clinic, "Consent?patient=alex-rivera").count(consentId()), 1u);

    auto sent = m_device->profile().sentLog().recentlySent(m_account, 10);
    ASSERT_TRUE(sent.ok());
    ASSERT_EQ(sent->size(), 3u);
    EXPECT_EQ(
        std::count_if(sent->begin(), sent->end(),
                      [](const SentRecord& r) { return r.kind == SentRecord::Kind::CravingLog; }),
        2);
    EXPECT_EQ(sent->back().kind, SentRecord::Kind::SharingChoice); // the Consent went first

    m_clock->advanceSeconds(60);
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, false, m_clock->now()).ok());
    const CravingLog afterRevoke = log(9, QStringLiteral("after revoking"));
    ASSERT_TRUE(sync());

    const FhirAnswer inactive = consentOnServer();
    ASSERT_EQ(inactive.status, 200);
    EXPECT_EQ(inactive.resource["status"].toString(), "inactive");
    EXPECT_NE(inactive.resource["meta"].toObject()["versionId"].toString(),
              active.resource["meta"].toObject()["versionId"].toString());
    const auto afterwards = cravingIdsOnServer();
    EXPECT_EQ(afterwards.count(idOf(afterRevoke)), 0u);
    EXPECT_EQ(afterwards.count(idOf(first)), 1u); // what the clinic received stays there
    EXPECT_EQ(m_device->queuedChanges(), 1);      // the new log waits on the device
}

TEST_F(SharingAndAnswers, CantMakeItReachesTheClinicSurvivesTheNextDownloadAndChangesUpdateIt) {
    ASSERT_TRUE(sync());
    const auto session = bookedSession();
    ASSERT_TRUE(session.has_value());

    ASSERT_TRUE(m_sessions->answer(m_account, session->id, Session::Answer::NotAttending).ok());
    EXPECT_TRUE(sessionNamed(session->id)->answerPending);
    ASSERT_TRUE(sync());
    const QString responseId = responseIdFor(session->id);
    ASSERT_FALSE(responseId.isEmpty());

    const FhirAnswer declined =
        fhirGet(m_clinic.fhirBase, "AppointmentResponse/" + responseId, m_clinic.therapistToken);
    ASSERT_EQ(declined.status, 200);
    EXPECT_EQ(declined.resource["participantStatus"].toString(), "declined");
    EXPECT_EQ(declined.resource["actor"].toObject()["reference"].toString(), "Patient/alex-rivera");
    EXPECT_EQ(declined.resource["appointment"].toObject()["reference"].toString(),
              "Appointment/" + session->id);

    // The clinic changes the session without recording the answer on it; the download brings
    // the session again and the client's answer stays.
    therapistRetitles(session->id);
    ASSERT_TRUE(sync());
    auto afterDownload = sessionNamed(session->id);
    ASSERT_TRUE(afterDownload.has_value());
    EXPECT_TRUE(afterDownload->title.startsWith("Renamed")) << qPrintable(afterDownload->title);
    EXPECT_EQ(afterDownload->answer, Session::Answer::NotAttending);
    EXPECT_FALSE(afterDownload->answerPending);

    ASSERT_TRUE(m_sessions->answer(m_account, session->id, Session::Answer::Attending).ok());
    ASSERT_TRUE(sync());
    EXPECT_EQ(responseIdFor(session->id), responseId);
    const FhirAnswer accepted =
        fhirGet(m_clinic.fhirBase, "AppointmentResponse/" + responseId, m_clinic.therapistToken);
    ASSERT_EQ(accepted.status, 200);
    EXPECT_EQ(accepted.resource["participantStatus"].toString(), "accepted");
    EXPECT_NE(accepted.resource["meta"].toObject()["versionId"].toString(),
              declined.resource["meta"].toObject()["versionId"].toString());
    EXPECT_EQ(idsFound(m_clinic, "AppointmentResponse?appointment=Appointment/" + session->id)
                  .count(responseId),
              1u);
    EXPECT_EQ(sessionNamed(session->id)->answer, Session::Answer::Attending);
}
