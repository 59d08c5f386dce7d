#include "KilledRun.h"
#include "fake/FixedClock.h"
#include "store/HomeworkStore.h"
#include "store/Outbox.h"
#include "store/Schema.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <random>

using namespace stepstone;

namespace {

constexpr int kKills = 60;
constexpr int kMaxAcksBeforeKill = 12;
constexpr int kMaxExtraDelayUs = 2000;

struct DraftOnDisk {
    int liveDrafts = 0;
    qsizetype answers = -1; // the items of the draft, each checked to hold its own answer
    bool queued = false;
};

DraftOnDisk readDraft(const QString& path, const DatabaseKey& key) {
    DraftOnDisk found;
    auto db = Database::open(path, key, Database::Mode::OpenExisting, schemaMigrations());
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : qPrintable(db.error().detail));
    if (!db)
        return found;
    EXPECT_EQ(*(*db)->integrityCheck(), "ok");
    auto live = (*db)->prepared("SELECT count(*) FROM homework_response WHERE deleted_at IS NULL");
    if (!live || !(*live)->step().ok())
        return found;
    found.liveDrafts = int((*live)->integer(0));
    (*live)->reset();
    const platform::FixedClock clock{QDateTime::currentDateTimeUtc()};
    HomeworkStore homework(**db, clock);
    auto draft = homework.responseForTask(ClinicAccountId{1}, QStringLiteral("diary"));
    if (!draft.ok() || !*draft)
        return found;
    const QJsonArray items = (*draft)->response.value(QLatin1String("item")).toArray();
    for (qsizetype n = 0; n < items.size(); ++n) {
        const QJsonObject item = items[n].toObject();
        const QString expected = QStringLiteral("answer %1 ").arg(n).repeated(1 + n % 9);
        if (item.value(QLatin1String("linkId")).toString() != QStringLiteral("q%1").arg(n) ||
            item.value(QLatin1String("answer"))[0][QLatin1String("valueString")].toString() !=
                expected) {
            ADD_FAILURE() << "answer " << n << " is not as it was saved";
            return found;
        }
    }
    found.answers = items.size();
    auto queued = Outbox(**db).isQueued(ClinicAccountId{1},
                                        {QString::fromLatin1(HomeworkStore::kResponseRecordType),
                                         (*draft)->id.toString(QUuid::WithoutBraces)});
    found.queued = queued.ok() && *queued;
    return found;
}

} // namespace

// A child process fills in a homework draft, an answer at a time, and is SIGKILLed at random
// moments; the next child resumes the same draft. After every kill the database opens, passes
// integrity_check, holds one draft for the Task with every answer the child was told was saved
// (and each exactly as written), and the draft is still queued for the clinic.
TEST(HomeworkKillDurability, EverySavedAnswerOfADraftSurvivesSigkill) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("homework.db"));
    const DatabaseKey key = DatabaseKey::generate();
    const unsigned seed = std::random_device{}();
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> acksBeforeKill(0, kMaxAcksBeforeKill);
    std::uniform_int_distribution<int> extraDelayUs(0, kMaxExtraDelayUs);
    long long acknowledged = -1; // the highest answer number reported saved
    int kills = 0;
    int childErrors = 0;

    for (int run = 0; run < kKills; ++run) {
        const int acks = acksBeforeKill(random);
        const int delayUs = extraDelayUs(random);
        const test::KilledRun killed =
            test::runUntilKilled(QStringLiteral(HOMEWORK_WRITER),
                                 {path, QString::fromLatin1(key.bytes().toHex())}, acks, delayUs);
        ASSERT_TRUE(killed.started) << "seed " << seed;
        const QByteArray& output = killed.output;
        if (killed.killed)
            ++kills;
        else
            ++childErrors;
        for (const QByteArray& line : output.split('\n'))
            if (line.startsWith("ack "))
                acknowledged = std::max(acknowledged, line.mid(4).toLongLong());
        if (acknowledged < 0)
            continue;
        const DraftOnDisk found = readDraft(path, key);
        ASSERT_EQ(found.liveDrafts, 1) << "run " << run << ", seed " << seed;
        ASSERT_GT(found.answers, acknowledged) << "run " << run << " lost answers, seed " << seed;
        ASSERT_TRUE(found.queued) << "run " << run << ", seed " << seed;
    }
    std::printf("kills=%d answers_acknowledged=%lld child_errors=%d seed=%u\n", kills,
                acknowledged + 1, childErrors, seed);
    EXPECT_EQ(childErrors, 0);
    EXPECT_GE(kills, kKills);
    EXPECT_GT(acknowledged, kKills);
}
