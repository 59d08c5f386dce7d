#include "SyncingDevice.h"

#include "ClinicSignIn.h"
#include "store/Schema.h"
#include "sync/SyncOutbox.h"

#include <QTest>
#include <gtest/gtest.h>

namespace stepstone::test {

SyncingDevice::SyncingDevice(SmartGrant grant, const QUrl& fhirBase, FhirClient::Limits limits)
    : m_patientId(grant.patientId) {
    auto db = Database::open(m_dir.filePath(QStringLiteral("device.db")), DatabaseKey::generate(),
                             Database::Mode::CreateIfMissing, schemaMigrations());
    if (!db) {
        ADD_FAILURE() << "database: " << qPrintable(db.error().detail);
        return;
    }
    m_db = std::move(*db);
    m_cravings = std::make_unique<CravingLogStore>(*m_db, m_clock);
    m_sessions = std::make_unique<SessionStore>(*m_db, m_clock);
    m_sharing = std::make_unique<SharingStore>(*m_db, m_clock);
    m_session = std::make_unique<SmartSession>(m_network, m_secrets, m_clock,
                                               QStringLiteral("clinic-grant"));
    grant.fhirBase = fhirBase;
    if (!adoptAndWaitUntilStored(*m_session, std::move(grant))) {
        ADD_FAILURE() << "the grant could not be adopted";
        return;
    }
    m_client = std::make_unique<FhirClient>(m_network, *m_session, limits);
    m_engine = std::make_unique<SyncEngine>(
        SyncEngine::Parts{*m_db, *m_cravings, *m_sessions, *m_sharing, *m_client, *m_session,
                          m_clock},
        RetryPolicy({std::chrono::milliseconds(50), std::chrono::milliseconds(500)}));
}

void SyncingDevice::shareCravings() {
    EXPECT_TRUE(m_sharing->setCravingSharing(true, m_clock.now()).ok());
}

CravingLog SyncingDevice::log(int intensity, const QString& note) {
    CravingEntry entry;
    entry.occurredAt = m_clock.now();
    entry.intensity = intensity;
    entry.note = note;
    entry.triggers = CravingTrigger::Lonely | CravingTrigger::Places;
    auto added = m_cravings->add(entry);
    EXPECT_TRUE(added.ok());
    return added.ok() ? *added : CravingLog{};
}

std::optional<bool> SyncingDevice::syncOnce(std::chrono::milliseconds timeout) {
    std::optional<bool> completed;
    auto connection = QObject::connect(m_engine.get(), &SyncEngine::finished,
                                       [&completed](bool ok) { completed = ok; });
    // While the engine waits to retry, its own timer starts the run: backoff and Retry-After.
    const auto state = m_engine->state();
    if (state == SyncEngine::State::Idle || state == SyncEngine::State::SignInNeeded)
        m_engine->syncNow();
    (void)QTest::qWaitFor([&completed] { return completed.has_value(); }, int(timeout.count()));
    QObject::disconnect(connection);
    return completed;
}

bool SyncingDevice::syncUntilDone(int attempts) {
    for (int i = 0; i < attempts; ++i)
        if (syncOnce().value_or(false))
            return true;
    return false;
}

int SyncingDevice::queuedChanges() {
    auto count = SyncOutbox(*m_db).count();
    EXPECT_TRUE(count.ok());
    return count.ok() ? *count : -1;
}

} // namespace stepstone::test
