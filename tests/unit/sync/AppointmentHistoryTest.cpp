#include "sync/AppointmentHistory.h"

#include "StoreFixture.h"
#include "mapping/MappingTestJson.h"
#include "store/SyncBookkeeping.h"

using namespace stepstone;

namespace {

Session cached(const QString& id, const QDateTime& start) {
    Session s;
    s.id = id;
    s.versionId = QStringLiteral("v1");
    s.start = start;
    s.end = start.addSecs(3600);
    return s;
}

class AppointmentHistoryTest : public test::StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        m_sessions = std::make_unique<SessionStore>(*m_db, m_clock);
        m_history = std::make_unique<AppointmentHistory>(*m_db, *m_sessions, m_account);
        for (const char* id : {"session-1", "session-2", "session-3"})
            ASSERT_TRUE(
                m_sessions->replace(m_account, cached(QLatin1String(id), m_clock.now().addDays(1)))
                    .ok());
        ASSERT_TRUE(SyncBookkeeping(*m_db, m_account)
                        .setWatermark(QStringLiteral("Appointment"),
                                      QStringLiteral("2026-11-01T10:00:00.000+01:00"))
                        .ok());
    }

    QStringList sortedIds() const {
        QStringList ids = *m_sessions->ids(m_account);
        ids.sort();
        return ids;
    }

    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<AppointmentHistory> m_history;
};

} // namespace

TEST_F(AppointmentHistoryTest, NothingToAskBeforeTheFirstDownload) {
    ASSERT_TRUE(SyncBookkeeping(*m_db, m_account)
                    .setWatermark(QStringLiteral("Appointment"), QString())
                    .ok());
    auto first = m_history->firstQuery();
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->has_value());
}

TEST_F(AppointmentHistoryTest, FirstAsksSinceTheSearchThenSinceTheNewestChangeSeen) {
    auto first = m_history->firstQuery();
    ASSERT_TRUE(first.ok() && first->has_value());
    EXPECT_EQ(**first, "Appointment/_history?_since=2026-11-01T10:00:00.000%2B01:00&_count=100");

    ASSERT_TRUE(m_history
                    ->apply(test::jsonObject(R"json({
      "resourceType": "Bundle", "type": "history", "entry": [
        {"request": {"method": "PUT", "url": "Appointment/session-9"},
         "resource": {"resourceType": "Appointment", "id": "session-9",
                      "meta": {"lastUpdated": "2026-11-02T08:00:00.000Z"}},
         "response": {"status": "200 OK", "lastModified": "2026-11-02T08:00:00.000Z"}},
        {"request": {"method": "PUT", "url": "Appointment/session-8"},
         "response": {"status": "200 OK", "lastModified": "2026-11-02T09:30:00.000+02:00"}}
      ]})json"))
                    .ok());
    ASSERT_TRUE(m_history->finish().ok());
    EXPECT_EQ(*SyncBookkeeping(*m_db, m_account).historyWatermark(QStringLiteral("Appointment")),
              "2026-11-02T08:00:00.000Z");
    auto next = m_history->firstQuery();
    ASSERT_TRUE(next.ok() && next->has_value());
    EXPECT_TRUE(next->value().contains("_since=2026-11-02T08:00:00.000Z")) << qPrintable(**next);
}

TEST_F(AppointmentHistoryTest, AppointmentWhoseLatestChangeIsADeleteIsRemovedOthersStay) {
    ASSERT_TRUE(m_history->firstQuery().ok());
    // Newest first: session-1 was deleted; session-2 was deleted and made again; session-3 was
    // only changed (the search brings that).
    auto page = m_history->apply(test::jsonObject(R"json({
      "resourceType": "Bundle", "type": "history", "entry": [
        {"fullUrl": "http://127.0.0.1/fhir/R4/Appointment/session-1",
         "request": {"method": "DELETE", "url": "Appointment/session-1"},
         "response": {"status": "410 Gone", "lastModified": "2026-11-02T10:00:00.000Z"}},
        {"request": {"method": "PUT", "url": "Appointment/session-2"},
         "resource": {"resourceType": "Appointment", "id": "session-2"},
         "response": {"status": "200 OK", "lastModified": "2026-11-02T09:00:00.000Z"}},
        {"request": {"method": "DELETE", "url": "Appointment/session-2"},
         "response": {"status": "410 Gone", "lastModified": "2026-11-02T08:00:00.000Z"}},
        {"request": {"method": "PUT", "url": "Appointment/session-3"},
         "resource": {"resourceType": "Appointment", "id": "session-3"},
         "response": {"status": "200 OK", "lastModified": "2026-11-02T07:00:00.000Z"}},
        {"request": {"method": "PUT", "url": "Appointment/session-1"},
         "resource": {"resourceType": "Appointment", "id": "session-1"},
         "response": {"status": "200 OK", "lastModified": "2026-11-02T06:00:00.000Z"}}
      ]})json"));
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->removed, 1);
    EXPECT_EQ(sortedIds(), (QStringList{"session-2", "session-3"}));
}

TEST_F(AppointmentHistoryTest, TheLatestChangeCountsAcrossPages) {
    ASSERT_TRUE(m_history->firstQuery().ok());
    auto first = m_history->apply(test::jsonObject(R"json({
      "resourceType": "Bundle", "type": "history",
      "link": [{"relation": "next", "url": "http://127.0.0.1/fhir/R4/Appointment/_history?p=2"}],
      "entry": [
        {"request": {"method": "PUT", "url": "Appointment/session-2"},
         "resource": {"resourceType": "Appointment", "id": "session-2"}}
      ]})json"));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->next, "http://127.0.0.1/fhir/R4/Appointment/_history?p=2");
    auto second = m_history->apply(test::jsonObject(R"json({
      "resourceType": "Bundle", "type": "history", "entry": [
        {"request": {"method": "DELETE", "url": "Appointment/session-2"}},
        {"fullUrl": "https://clinic.example/fhir/R4/Appointment/session-3"}
      ]})json"));
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->next.isEmpty());
    // session-2 was made again after its delete; session-3's entry, with neither a request nor
    // a resource, can only be a delete.
    EXPECT_EQ(sortedIds(), (QStringList{"session-1", "session-2"}));
}

TEST_F(AppointmentHistoryTest, EntriesThatNameNoAppointmentAreSkippedAndRemoveNothing) {
    ASSERT_TRUE(m_history->firstQuery().ok());
    auto page = m_history->apply(test::jsonObject(R"json({
      "resourceType": "Bundle", "type": "history", "entry": [
        {"request": {"method": "DELETE", "url": "Observation/session-1"}},
        {"request": {"method": "DELETE", "url": "Appointment/not an id"}},
        {"request": {"method": "DELETE"}},
        {"request": {"method": "DELETE", "url": "Appointment/session-2"},
         "resource": {"resourceType": "Patient", "id": "session-2"}},
        "not an object"
      ]})json"));
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->skipped, 5);
    EXPECT_EQ(page->removed, 0);
    EXPECT_EQ(sortedIds().size(), 3);
}
