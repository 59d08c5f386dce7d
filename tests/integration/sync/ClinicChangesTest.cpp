#include "ClinicSyncTest.h"

#include <QJsonArray>
#include <QUuid>
#include <set>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// Changes made at the clinic's side reach the app: deletions, moves, new times and places, and
// a craving's local hour reaches the clinic. The server is shared by tests running in
// parallel, so each test changes only Appointments it made itself.
class ClinicChanges : public ClinicSyncTest {
protected:
    // A new Appointment of `patientId` two days from now, made by the therapist with a unique id.
    QJsonObject appointment(const QString& patientId, const QString& locationId = {}) {
        const QString id =
            QStringLiteral("changes-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(2);
        QJsonArray participants{
            QJsonObject{{"actor", QJsonObject{{"reference", "Patient/" + patientId}}},
                        {"status", "needs-action"}},
            QJsonObject{{"actor", QJsonObject{{"reference", "Practitioner/morgan-chen"}}},
                        {"status", "accepted"}}};
        if (!locationId.isEmpty())
            participants.append(
                QJsonObject{{"actor", QJsonObject{{"reference", "Location/" + locationId}}},
                            {"status", "accepted"}});
        return QJsonObject{{"resourceType", "Appointment"},
                           {"id", id},
                           {"status", "booked"},
                           {"description", "Individual session (integration test)"},
                           {"start", start.toString(Qt::ISODateWithMs)},
                           {"end", start.addSecs(3600).toString(Qt::ISODateWithMs)},
                           {"participant", participants}};
    }

    void therapistSaves(const QJsonObject& resource) {
        ASSERT_EQ(therapistPut(m_clinic.fhirBase, "Appointment/" + resource["id"].toString(),
                               m_clinic.therapistToken, resource),
                  200);
    }

    void therapistDeletes(const QString& id) {
        ASSERT_EQ(therapistSend(m_clinic.fhirBase, "DELETE", "Appointment/" + id,
                                m_clinic.therapistToken),
                  200);
    }

    std::set<QString> localIds() {
        auto ids = m_sessions->ids(m_account);
        EXPECT_TRUE(ids.ok());
        return ids.ok() ? std::set<QString>(ids->begin(), ids->end()) : std::set<QString>();
    }

    std::optional<Session> local(const QString& id) {
        auto sessions = m_sessions->upcoming(m_account, m_clock->now(), 1000);
        EXPECT_TRUE(sessions.ok());
        for (const Session& s : *sessions)
            if (s.id == id)
                return s;
        return std::nullopt;
    }

    // The Appointment ids of this client's history since `since`, read with the app's own token.
    std::set<QString> historyIdsSeenByClient(const QString& since) {
        std::set<QString> ids;
        QString next = "Appointment/_history?_count=1000&_since=" +
                       QString::fromLatin1(QUrl::toPercentEncoding(since));
        while (!next.isEmpty()) {
            auto page = getAsClient(next);
            EXPECT_TRUE(page.ok());
            if (!page.ok())
                break;
            next.clear();
            for (const auto& value : page->body.value("entry").toArray()) {
                const QJsonObject entry = value.toObject();
                ids.insert(entry["request"].toObject()["url"].toString().section(u'/', 1, 1));
                ids.insert(entry["resource"].toObject()["id"].toString());
            }
            for (const auto& link : page->body.value("link").toArray())
                if (link.toObject()["relation"].toString() == "next")
                    next = link.toObject()["url"].toString();
        }
        ids.erase(QString());
        return ids;
    }
};

} // namespace

TEST_F(ClinicChanges, AppointmentDeletedByTheTherapistIsGoneAfterTheNextSyncOthersRemain) {
    const QJsonObject deleted = appointment("alex-rivera", "riverside-main");
    const QJsonObject kept = appointment("alex-rivera", "riverside-main");
    therapistSaves(deleted);
    therapistSaves(kept);
    ASSERT_TRUE(sync());
    const std::set<QString> before = localIds();
    ASSERT_EQ(before.count(deleted["id"].toString()), 1u);
    ASSERT_EQ(before.count(kept["id"].toString()), 1u);

    therapistDeletes(deleted["id"].toString());
    ASSERT_TRUE(sync());

    const std::set<QString> after = localIds();
    EXPECT_EQ(after.count(deleted["id"].toString()), 0u);
    EXPECT_EQ(after.count(kept["id"].toString()), 1u);
    for (const QString& id : before) {
        if (!id.startsWith("alex-rivera-session-"))
            continue; // only the seeded ones are sure to stay: other tests delete their own
        EXPECT_EQ(after.count(id), 1u) << qPrintable(id);
    }
}

TEST_F(ClinicChanges, NewTimeAndPlaceFromTheTherapistArrive) {
    QJsonObject moved = appointment("alex-rivera", "riverside-main");
    therapistSaves(moved);
    ASSERT_TRUE(sync());
    const auto first = local(moved["id"].toString());
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->locationId, "Location/riverside-main");

    const QDateTime newStart = QDateTime::currentDateTimeUtc().addDays(3);
    moved["start"] = newStart.toString(Qt::ISODateWithMs);
    moved["end"] = newStart.addSecs(5400).toString(Qt::ISODateWithMs);
    QJsonArray participants = moved["participant"].toArray();
    participants[2] =
        QJsonObject{{"actor", QJsonObject{{"reference", "Location/riverside-group-room"}}},
                    {"status", "accepted"}};
    moved["participant"] = participants;
    therapistSaves(moved);
    ASSERT_TRUE(sync());

    const auto after = local(moved["id"].toString());
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->start.toMSecsSinceEpoch(), newStart.toMSecsSinceEpoch());
    EXPECT_EQ(after->end.toMSecsSinceEpoch(), newStart.addSecs(5400).toMSecsSinceEpoch());
    EXPECT_EQ(after->locationId, "Location/riverside-group-room");
    EXPECT_FALSE(after->place.isEmpty());
    EXPECT_NE(after->place, first->place);
}

TEST_F(ClinicChanges, AppointmentMovedToAnotherClientLeavesThisClientsSessions) {
    QJsonObject movedAway = appointment("alex-rivera", "riverside-main");
    therapistSaves(movedAway);
    ASSERT_TRUE(sync());
    ASSERT_EQ(localIds().count(movedAway["id"].toString()), 1u);

    QJsonArray participants = movedAway["participant"].toArray();
    participants[0] = QJsonObject{{"actor", QJsonObject{{"reference", "Patient/jordan-lee"}}},
                                  {"status", "needs-action"}};
    movedAway["participant"] = participants;
    therapistSaves(movedAway);
    ASSERT_TRUE(sync());
    EXPECT_EQ(localIds().count(movedAway["id"].toString()), 0u);
}

TEST_F(ClinicChanges, AnotherClientsDeletionsNeverReachThisClient) {
    const QJsonObject alexs = appointment("alex-rivera");
    therapistSaves(alexs);
    ASSERT_TRUE(sync());
    const QString since =
        fhirGet(m_clinic.fhirBase, "Appointment/" + alexs["id"].toString(), m_clinic.therapistToken)
            .resource["meta"]
            .toObject()["lastUpdated"]
            .toString();
    ASSERT_FALSE(since.isEmpty());
    const QJsonObject jordans = appointment("jordan-lee");
    therapistSaves(jordans);
    therapistDeletes(jordans["id"].toString());
    therapistDeletes(alexs["id"].toString());

    const std::set<QString> seen = historyIdsSeenByClient(since);
    EXPECT_EQ(seen.count(alexs["id"].toString()), 1u); // the client does see its own deletion
    EXPECT_EQ(seen.count(jordans["id"].toString()), 0u);
    for (const QString& id : seen)
        EXPECT_FALSE(id.startsWith("jordan-lee")) << qPrintable(id);

    ASSERT_TRUE(sync());
    EXPECT_EQ(localIds().count(alexs["id"].toString()), 0u);
    EXPECT_EQ(localIds().count(jordans["id"].toString()), 0u);
}

TEST_F(ClinicChanges, UnsafeVideoLinkIsWithheldAndMarked) {
    QJsonObject video = appointment("alex-rivera");
    video["extension"] = QJsonArray{
        QJsonObject{{"url", "https://stepstone.example/fhir/StructureDefinition/video-link"},
                    {"valueUrl", "http://video.example.org/riverside/not-encrypted"}}};
    therapistSaves(video);
    ASSERT_TRUE(sync());
    const auto session = local(video["id"].toString());
    ASSERT_TRUE(session.has_value());
    EXPECT_FALSE(session->videoLink.has_value());
    EXPECT_TRUE(session->videoLinkWithheld);
}

TEST_F(ClinicChanges, CravingLoggedAtPlusTwoReachesTheClinicWithItsOffset) {
    CravingEntry entry;
    entry.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-600).toOffsetFromUtc(2 * 3600);
    entry.intensity = 5;
    auto added = m_cravings->add(entry);
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(m_sharing->setCravingSharing(m_account, true, m_clock->now()).ok());
    ASSERT_TRUE(sync());

    const FhirAnswer stored =
        fhirGet(m_clinic.fhirBase, "Observation/" + added->id.toString(QUuid::WithoutBraces),
                m_clinic.therapistToken);
    ASSERT_EQ(stored.status, 200);
    const QString effective = stored.resource["effectiveDateTime"].toString();
    EXPECT_TRUE(effective.endsWith("+02:00")) << qPrintable(effective);
    EXPECT_EQ(QDateTime::fromString(effective, Qt::ISODateWithMs).toMSecsSinceEpoch(),
              entry.occurredAt.toMSecsSinceEpoch());
}
