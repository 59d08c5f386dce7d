#include "SyncingDevice.h"

#include "ClinicSignIn.h"
#include "store/Schema.h"

#include <QTest>
#include <gtest/gtest.h>

namespace stepstone::test {

SyncingDevice::SyncingDevice(SmartGrant grant, const QUrl& fhirBase, FhirClient::Limits limits)
    : m_patientId(grant.patientId) {
    auto db =
        Database::open(databasePath(), m_key, Database::Mode::CreateIfMissing, schemaMigrations());
    if (!db) {
        ADD_FAILURE() << "database: " << qPrintable(db.error().detail);
        return;
    }
    m_profile = std::make_unique<Profile>(std::move(*db), m_clock);
    ClinicLink::Settings settings;
    settings.retry = {std::chrono::milliseconds(50), std::chrono::milliseconds(500)};
    settings.limits = limits;
    settings.scheduled = false;
    m_link =
        std::make_unique<ClinicLink>(ClinicLink::Parts{*m_profile, m_network, m_secrets, m_browser,
                                                       QStringLiteral("clinic-grant")},
                                     settings);
    if (!signInWith(std::move(grant), fhirBase))
        ADD_FAILURE() << "the grant could not be adopted: " << qPrintable(m_link->signInProblem());
}

bool SyncingDevice::signInWith(SmartGrant grant, const QUrl& fhirBase) {
    grant.fhirBase = fhirBase;
    m_patientId = grant.patientId;
    return adoptAndWaitUntilStored(*m_link, std::move(grant)).ok() && m_link->engine();
}

SyncingDevice::~SyncingDevice() {
    m_link.reset();
    m_profile.reset();
}

void SyncingDevice::shareCravings() {
    EXPECT_TRUE(m_profile->sharing().setCravingSharing(account(), true, m_clock.now()).ok());
}

CravingLog SyncingDevice::log(int intensity, const QString& note) {
    CravingEntry entry;
    entry.occurredAt = m_clock.now();
    entry.intensity = intensity;
    entry.note = note;
    entry.triggers = CravingTrigger::Lonely | CravingTrigger::Places;
    auto added = m_profile->cravings().add(entry);
    EXPECT_TRUE(added.ok());
    return added.ok() ? *added : CravingLog{};
}

std::optional<bool> SyncingDevice::syncOnce(std::chrono::milliseconds timeout) {
    std::optional<bool> completed;
    auto connection = QObject::connect(&engine(), &SyncEngine::finished,
                                       [&completed](bool ok) { completed = ok; });
    // While the engine waits to retry, its own timer starts the run: backoff and Retry-After.
    const auto state = engine().state();
    if (state == SyncEngine::State::Idle || state == SyncEngine::State::SignInNeeded)
        engine().syncNow();
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
    auto count = m_profile->outbox().count(account());
    EXPECT_TRUE(count.ok());
    return count.ok() ? *count : -1;
}

} // namespace stepstone::test
