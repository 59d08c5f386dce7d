#include "ClinicSignIn.h"
#include "ClinicTest.h"
#include "FaultProxy.h"
#include "SyncingDevice.h"
#include "sync/mapping/CravingObservationMapper.h"
#include "sync/mapping/FhirCodeSystems.h"

#include <QElapsedTimer>
#include <QUrlQuery>
#include <cstdio>
#include <map>
#include <random>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// Randomized runs of the real sync through a proxy that injects faults. Each run is a fresh
// device of the client alex: it logs, edits and deletes cravings while the network misbehaves,
// then the faults stop, and the clinic must hold exactly what the device holds.
constexpr int kRunsPerBatch = 10;
constexpr int kBatches = 4;
constexpr double kFaultRate = 0.35;
constexpr int kSyncsWithFaults = 3;
// Short, so that a stalled answer costs one second, not thirty.
constexpr std::chrono::milliseconds kTransferTimeout{1000};

std::uint32_t baseSeed() {
    static const std::uint32_t seed = [] {
        bool given = false;
        const auto fromEnvironment = qEnvironmentVariable("STEPSTONE_FAULT_SEED").toUInt(&given);
        return given ? fromEnvironment : std::random_device{}();
    }();
    return seed;
}

struct Tally {
    int runs = 0;
    int lost = 0;        // a live local log missing on the server, or different there
    int duplicated = 0;  // a server record of this run that is not one of the device's logs
    int resurrected = 0; // a log deleted on the device still readable on the server

    void add(const Tally& other) {
        runs += other.runs;
        lost += other.lost;
        duplicated += other.duplicated;
        resurrected += other.resurrected;
    }
};

bool sameEntry(const CravingEntry& a, const CravingEntry& b) {
    return a.occurredAt == b.occurredAt && a.intensity == b.intensity && a.triggers == b.triggers &&
           a.note == b.note && a.copingSkillId == b.copingSkillId && a.outcome == b.outcome;
}

class FaultRuns : public ClinicTest, public ::testing::WithParamInterface<int> {
protected:
    void SetUp() override {
        ClinicTest::SetUp();
        if (HasFatalFailure())
            return;
        auto signIn = signInToClinic(m_clinic.fhirBase, QStringLiteral("alex"));
        ASSERT_TRUE(signIn.grant.ok()) << qPrintable(signIn.grant.error().detail);
        m_grant = *signIn.grant;
        m_proxy = std::make_unique<FaultProxy>(m_clinic.fhirBase);
    }

    // One run: what the device did, then what the clinic holds once the faults stopped.
    Tally run(std::uint32_t seed) {
        std::mt19937 plan(seed);
        auto chance = [&plan](double p) {
            return std::bernoulli_distribution(p)(plan);
        };
        auto pick = [&plan](int from, int to) {
            return std::uniform_int_distribution(from, to)(plan);
        };

        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-2);
        const QString tag = QStringLiteral("fault run %1").arg(QUuid::createUuid().toString());
        SyncingDevice device(m_grant, m_proxy->fhirBase(),
                             {qint64(16) * 1024 * 1024, kTransferTimeout});
        if (!device.isReady())
            return {};
        device.shareCravings();

        std::vector<QUuid> live;
        std::vector<QUuid> deleted;
        auto logOne = [&] {
            device.clock().advanceSeconds(1);
            const int intensity = pick(0, 10);
            live.push_back(
                device.log(intensity, QStringLiteral("%1 #%2").arg(tag).arg(live.size())).id);
        };
        auto editOne = [&] {
            if (live.empty())
                return;
            device.clock().advanceSeconds(1);
            const QUuid id = live[std::size_t(pick(0, int(live.size()) - 1))];
            CravingEntry entry = device.cravings().find(id)->entry;
            entry.intensity = pick(0, 10);
            entry.note += QStringLiteral(" edited");
            EXPECT_TRUE(device.cravings().update(id, entry).ok());
        };
        auto deleteOne = [&] {
            if (live.empty())
                return;
            device.clock().advanceSeconds(1);
            const auto at = live.begin() + pick(0, int(live.size()) - 1);
            EXPECT_TRUE(device.cravings().remove(*at).ok());
            deleted.push_back(*at);
            live.erase(at);
        };

        for (int i = pick(3, 12); i > 0; --i)
            logOne();
        if (chance(0.3))
            deleteOne(); // never uploaded
        m_proxy->injectFaults(seed, kFaultRate);
        for (int attempt = 0; attempt < kSyncsWithFaults; ++attempt) {
            (void)device.syncOnce();
            for (int i = pick(0, 2); i > 0; --i)
                editOne();
            if (chance(0.5))
                deleteOne();
            if (chance(0.5))
                logOne();
        }
        m_proxy->stopFaults();
        EXPECT_TRUE(device.syncUntilDone(5)) << qPrintable(device.engine().lastError());
        EXPECT_EQ(device.queuedChanges(), 0);
        return compareWithClinic(device, tag, started, live, deleted);
    }

    Tally compareWithClinic(SyncingDevice& device, const QString& tag, const QDateTime& since,
                            const std::vector<QUuid>& live, const std::vector<QUuid>& deleted) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("subject"),
                           QStringLiteral("Patient/") + device.patientId());
        query.addQueryItem(QStringLiteral("code"),
                           fhir::systems::kCraving + QStringLiteral("|craving-log"));
        query.addQueryItem(QStringLiteral("_lastUpdated"),
                           QStringLiteral("ge") + since.toString(Qt::ISODateWithMs));
        query.addQueryItem(QStringLiteral("_count"), QStringLiteral("1000"));
        const QList<QJsonObject> found = fhirSearch(
            m_clinic.fhirBase, QStringLiteral("Observation?") + query.toString(QUrl::FullyEncoded),
            m_clinic.therapistToken);

        std::map<QUuid, std::vector<ServerCravingLog>> onServer;
        for (const QJsonObject& observation : found) {
            auto read = CravingObservationMapper::fromObservation(observation, device.patientId());
            if (read && read->entry.note.startsWith(tag))
                onServer[read->id].push_back(*read);
        }

        Tally tally;
        tally.runs = 1;
        for (const QUuid& id : live) {
            const auto there = onServer.find(id);
            const CravingLog here = *device.cravings().find(id);
            if (there == onServer.end() || !sameEntry(there->second.front().entry, here.entry)) {
                ++tally.lost;
                ADD_FAILURE() << "lost or changed on the server: " << qPrintable(id.toString());
            }
        }
        for (const auto& [id, copies] : onServer) {
            const bool isLive = std::find(live.begin(), live.end(), id) != live.end();
            const bool isDeleted = std::find(deleted.begin(), deleted.end(), id) != deleted.end();
            tally.duplicated += int(copies.size()) - (isLive || isDeleted ? 1 : 0);
        }
        for (const QUuid& id : deleted) {
            const int status =
                fhirGet(m_clinic.fhirBase,
                        QStringLiteral("Observation/") + id.toString(QUuid::WithoutBraces),
                        m_clinic.therapistToken)
                    .status;
            if (status != 404 && status != 410) {
                ++tally.resurrected;
                ADD_FAILURE() << "deleted on the device, HTTP " << status
                              << " on the server: " << qPrintable(id.toString());
            }
        }
        return tally;
    }

    void report(const Tally& tally) const {
        QString byKind;
        for (const FaultProxy::Fault fault : FaultProxy::kAllFaults)
            byKind += QStringLiteral("%1%2: %3")
                          .arg(byKind.isEmpty() ? QString() : QStringLiteral(", "),
                               QLatin1String(FaultProxy::nameOf(fault)))
                          .arg(m_proxy->injected(fault));
        std::printf("fault runs: %d, faults injected: %d (%s), records lost: %d, duplicated: %d, "
                    "deletes not applied: %d\n",
                    tally.runs, m_proxy->injectedTotal(), qPrintable(byKind), tally.lost,
                    tally.duplicated, tally.resurrected);
    }

    SmartGrant m_grant;
    std::unique_ptr<FaultProxy> m_proxy;
};

} // namespace

TEST_P(FaultRuns, OnceFaultsStopClientAndClinicAgreeWithNothingLostOrDuplicated) {
    const std::uint32_t seed = baseSeed() + std::uint32_t(GetParam()) * kRunsPerBatch;
    std::printf("fault seed %u, batch %d (replay: STEPSTONE_FAULT_SEED=%u and this batch)\n",
                baseSeed(), GetParam(), baseSeed());
    QElapsedTimer timer;
    timer.start();
    Tally tally;
    for (int i = 0; i < kRunsPerBatch; ++i) {
        SCOPED_TRACE(testing::Message() << "run seed " << seed + std::uint32_t(i));
        tally.add(run(seed + std::uint32_t(i)));
    }
    report(tally);
    std::printf("batch time: %lld ms\n", static_cast<long long>(timer.elapsed()));
    EXPECT_EQ(tally.runs, kRunsPerBatch);
    EXPECT_GT(m_proxy->injectedTotal(), 0);
    EXPECT_EQ(tally.lost, 0);
    EXPECT_EQ(tally.duplicated, 0);
    EXPECT_EQ(tally.resurrected, 0);
}

INSTANTIATE_TEST_SUITE_P(Batches, FaultRuns, ::testing::Range(0, kBatches));
