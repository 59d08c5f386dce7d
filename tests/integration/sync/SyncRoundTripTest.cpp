#include "ClinicSyncTest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QUuid>
#include <algorithm>
#include <cstdio>

using namespace stepstone;
using namespace stepstone::test;

using SyncRoundTrip = ClinicSyncTest;

TEST_F(SyncRoundTrip, OfflineCravingsReachTheServerOnceAndEditsAndDeletesFollow) {
    const CravingLog kept = log(7, QStringLiteral("After the family meeting — tensión"));
    const CravingLog edited = log(4);
    const CravingLog deleted = log(2);
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, m_clock->now()).ok());
    ASSERT_TRUE(sync());
    ASSERT_TRUE(sync()); // a second run must not send anything twice

    auto onServer = cravingIdsOnServer();
    for (const CravingLog& each : {kept, edited, deleted})
        EXPECT_EQ(onServer.count(idOf(each)), 1u) << qPrintable(idOf(each));
    const FhirAnswer stored =
        fhirGet(m_clinic.fhirBase, "Observation/" + idOf(kept), m_clinic.therapistToken);
    ASSERT_EQ(stored.status, 200);
    EXPECT_EQ(stored.resource["valueInteger"].toInt(), 7);
    EXPECT_EQ(stored.resource["note"].toArray()[0].toObject()["text"].toString(), kept.entry.note);

    m_clock->advanceSeconds(60);
    CravingEntry change = edited.entry;
    change.intensity = 9;
    ASSERT_TRUE(m_cravings->update(edited.id, change).ok());
    ASSERT_TRUE(m_cravings->remove(deleted.id).ok());
    ASSERT_TRUE(sync());

    EXPECT_EQ(fhirGet(m_clinic.fhirBase, "Observation/" + idOf(edited), m_clinic.therapistToken)
                  .resource["valueInteger"]
                  .toInt(),
              9);
    EXPECT_EQ(
        fhirGet(m_clinic.fhirBase, "Observation/" + idOf(deleted), m_clinic.therapistToken).status,
        410);
    EXPECT_EQ(m_device->queuedChanges(), 0);
}

TEST_F(SyncRoundTrip, AnUndoneDeleteEndsWithTheLogAtTheClinicUnderItsId) {
    const CravingLog uploadedFirst = log(7, QStringLiteral("deleted by mistake, after upload"));
    const CravingLog undoneOffline =
        log(3, QStringLiteral("deleted and undone before the next sync"));
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, m_clock->now()).ok());
    ASSERT_TRUE(sync());

    // The delete reaches the clinic before the client takes it back.
    m_clock->advanceSeconds(10);
    ASSERT_TRUE(m_cravings->remove(uploadedFirst.id).ok());
    ASSERT_TRUE(m_cravings->remove(undoneOffline.id).ok());
    ASSERT_TRUE(m_cravings->restore(undoneOffline.id, undoneOffline.entry).ok());
    ASSERT_TRUE(sync());
    ASSERT_EQ(
        fhirGet(m_clinic.fhirBase, "Observation/" + idOf(uploadedFirst), m_clinic.therapistToken)
            .status,
        410);

    m_clock->advanceSeconds(5);
    ASSERT_TRUE(m_cravings->restore(uploadedFirst.id, uploadedFirst.entry).ok());
    ASSERT_TRUE(sync());

    for (const CravingLog& each : {uploadedFirst, undoneOffline}) {
        const FhirAnswer atClinic =
            fhirGet(m_clinic.fhirBase, "Observation/" + idOf(each), m_clinic.therapistToken);
        ASSERT_EQ(atClinic.status, 200) << qPrintable(each.entry.note);
        EXPECT_EQ(atClinic.resource["valueInteger"].toInt(), each.entry.intensity);
        EXPECT_EQ(atClinic.resource["note"].toArray()[0].toObject()["text"].toString(),
                  each.entry.note);
    }
    EXPECT_EQ(cravingIdsOnServer().count(idOf(uploadedFirst)), 1u);
    EXPECT_EQ(m_device->queuedChanges(), 0);
}

TEST_F(SyncRoundTrip, CravingsAreNotSentWhileSharingIsOff) {
    const CravingLog mine = log(5, QStringLiteral("not for the clinic"));
    ASSERT_TRUE(sync());
    EXPECT_EQ(cravingIdsOnServer().count(idOf(mine)), 0u);
    EXPECT_EQ(m_device->queuedChanges(), 1);
}

TEST_F(SyncRoundTrip, TheClinicsSessionsArriveAndTherapistChangesFollow) {
    ASSERT_TRUE(sync());
    auto sessions = m_sessions->upcoming(m_account, m_clock->now(), 100);
    ASSERT_TRUE(sessions.ok());
    ASSERT_GE(sessions->size(), 5u);
    const bool anyCancelled = std::any_of(sessions->begin(), sessions->end(), [](const Session& s) {
        return s.status == Session::Status::Cancelled;
    });
    const bool anyVideo = std::any_of(sessions->begin(), sessions->end(),
                                      [](const Session& s) { return s.videoLink.has_value(); });
    const bool anyPlace = std::any_of(sessions->begin(), sessions->end(),
                                      [](const Session& s) { return !s.place.isEmpty(); });
    EXPECT_TRUE(anyCancelled);
    EXPECT_TRUE(anyVideo);
    EXPECT_TRUE(anyPlace);

    const Session target = sessions->back();
    FhirAnswer appointment =
        fhirGet(m_clinic.fhirBase, "Appointment/" + target.id, m_clinic.therapistToken);
    ASSERT_EQ(appointment.status, 200);
    const QString newTitle =
        QStringLiteral("Moved to the garden room %1").arg(QUuid::createUuid().toString());
    appointment.resource["description"] = newTitle;
    ASSERT_EQ(therapistPut(m_clinic.fhirBase, "Appointment/" + target.id, m_clinic.therapistToken,
                           appointment.resource),
              200);

    ASSERT_TRUE(sync());
    auto after = m_sessions->upcoming(m_account, m_clock->now(), 100);
    ASSERT_TRUE(after.ok());
    const auto changed = std::find_if(after->begin(), after->end(),
                                      [&](const Session& s) { return s.id == target.id; });
    ASSERT_NE(changed, after->end());
    EXPECT_EQ(changed->title, newTitle);
}

TEST_F(SyncRoundTrip, ServerSideEditOfACravingLosesNoTextTheClientTyped) {
    const CravingLog mine = log(6, QStringLiteral("first words"));
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, m_clock->now()).ok());
    ASSERT_TRUE(sync());

    // Someone changes the Observation at the clinic, so our last known version is stale.
    FhirAnswer remote =
        fhirGet(m_clinic.fhirBase, "Observation/" + idOf(mine), m_clinic.therapistToken);
    ASSERT_EQ(remote.status, 200);
    remote.resource["valueInteger"] = 1;
    ASSERT_EQ(therapistPut(m_clinic.fhirBase, "Observation/" + idOf(mine), m_clinic.therapistToken,
                           remote.resource),
              200);

    m_clock->advanceSeconds(30);
    CravingEntry change = mine.entry;
    change.note = QStringLiteral("first words, and what I added later");
    ASSERT_TRUE(m_cravings->update(mine.id, change).ok());
    ASSERT_TRUE(sync()); // 412 on the stale If-Match, then the client's version wins

    const FhirAnswer after =
        fhirGet(m_clinic.fhirBase, "Observation/" + idOf(mine), m_clinic.therapistToken);
    EXPECT_EQ(after.resource["note"].toArray()[0].toObject()["text"].toString(), change.note);
    EXPECT_EQ(after.resource["valueInteger"].toInt(), 6);
    EXPECT_EQ(m_cravings->find(mine.id)->entry.note, change.note);
}

TEST_F(SyncRoundTrip, AThousandCravingsSyncInChunks) {
    std::vector<QString> ids;
    for (int i = 0; i < 1000; ++i)
        ids.push_back(idOf(log(i % 11, QStringLiteral("bulk %1").arg(i))));
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, m_clock->now()).ok());
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(sync());
    const qint64 elapsed = timer.elapsed();
    std::printf("sync of 1000 cravings: %lld ms\n", static_cast<long long>(elapsed));
    const auto onServer = cravingIdsOnServer();
    std::size_t found = 0;
    for (const QString& id : ids)
        found += onServer.count(id);
    EXPECT_EQ(found, 1000u);
}
