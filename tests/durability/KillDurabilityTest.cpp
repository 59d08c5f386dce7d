#include "KilledRun.h"
#include "fake/FixedClock.h"
#include "store/CravingLogStore.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <random>
#include <set>

using namespace stepstone;

namespace {

constexpr int kKills = 200;
constexpr int kMaxAcksBeforeKill = 15;
constexpr int kMaxExtraDelayUs = 2000;

std::set<QString> liveIds(const QString& path, const DatabaseKey& key) {
    auto db = Database::open(path, key, Database::Mode::OpenExisting, schemaMigrations());
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : qPrintable(db.error().detail));
    if (!db)
        return {};
    EXPECT_EQ(*(*db)->integrityCheck(), "ok");
    const platform::FixedClock clock{QDateTime::currentDateTimeUtc()};
    CravingLogStore store(**db, clock);
    auto logs = store.recent(std::numeric_limits<int>::max());
    EXPECT_TRUE(logs.ok());
    std::set<QString> ids;
    if (logs)
        for (const CravingLog& log : *logs)
            ids.insert(log.id.toString(QUuid::WithoutBraces));
    return ids;
}

} // namespace

// A child process writes cravings and is SIGKILLed at random moments, from its first-run schema
// creation to the middle of a write. After every kill the database must open, pass
// integrity_check, and hold every write the child had been told was saved.
TEST(KillDurability, EveryAcknowledgedWriteSurvivesSigkill) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("durability.db"));
    const DatabaseKey key = DatabaseKey::generate();
    const unsigned seed = std::random_device{}();
    std::mt19937 random(seed);
    // Kill after a random number of acknowledged writes (0 = during open and schema creation),
    // then a random sub-write delay, so the kill lands anywhere in a write on a fast or slow
    // machine alike.
    std::uniform_int_distribution<int> acksBeforeKill(0, kMaxAcksBeforeKill);
    std::uniform_int_distribution<int> extraDelayUs(0, kMaxExtraDelayUs);
    std::set<QString> acknowledged;
    int kills = 0;
    int childErrors = 0;

    for (int run = 0; run < kKills; ++run) {
        const int acks = acksBeforeKill(random);
        const int delayUs = extraDelayUs(random);
        const test::KilledRun killed =
            test::runUntilKilled(QStringLiteral(DURABILITY_WRITER),
                                 {path, QString::fromLatin1(key.bytes().toHex())}, acks, delayUs);
        ASSERT_TRUE(killed.started) << "seed " << seed;
        const QByteArray& output = killed.output;
        if (killed.killed)
            ++kills;
        else
            ++childErrors;
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray& line : lines)
            if (line.startsWith("ack ") && line.size() == 4 + 36)
                acknowledged.insert(QString::fromLatin1(line.mid(4)));

        if (!QFile::exists(path)) {
            ASSERT_TRUE(acknowledged.empty());
            continue;
        }
        const std::set<QString> found = liveIds(path, key);
        std::vector<QString> lost;
        std::set_difference(acknowledged.begin(), acknowledged.end(), found.begin(), found.end(),
                            std::back_inserter(lost));
        ASSERT_TRUE(lost.empty()) << "run " << run << " lost " << lost.size() << " writes, seed "
                                  << seed;
    }
    const std::size_t foundAtEnd = liveIds(path, key).size();
    std::printf("kills=%d acknowledged=%zu found=%zu child_errors=%d seed=%u\n", kills,
                acknowledged.size(), foundAtEnd, childErrors, seed);
    EXPECT_EQ(childErrors, 0);
    EXPECT_GE(kills, kKills);
    EXPECT_GT(acknowledged.size(), std::size_t(kKills));
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
