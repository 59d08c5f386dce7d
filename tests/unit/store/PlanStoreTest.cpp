#include "SamplePlans.h"
#include "StoreFixture.h"

#include <QSignalSpy>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kQuestionnaire =
    QStringLiteral("https://stepstone.example/fhir/Questionnaire/relapse-prevention-plan|2.0.0");

class PlanStoreTest : public StoreFixture {
protected:
    PlanStore& plans() { return m_profile->plan(); }

    bool queued(const RelapsePlan& plan) {
        auto is =
            m_profile->outbox().isQueued(m_account, {QString::fromLatin1(PlanStore::kRecordType),
                                                     plan.id.toString(QUuid::WithoutBraces)});
        return is.ok() && *is;
    }
};

} // namespace

TEST_F(PlanStoreTest, NoPlanYetReadsAsAnEmptyPlanWithoutAnId) {
    auto plan = plans().plan();
    ASSERT_TRUE(plan.ok());
    EXPECT_TRUE(plan->id.isNull());
    EXPECT_TRUE(plan->isEmpty());
    EXPECT_TRUE(plan->section(QStringLiteral("coping")).empty());
}

TEST_F(PlanStoreTest, EverySamplePlanComesBackFromTheFileAsWritten) {
    for (const auto& [name, content] : samplePlanContents()) {
        auto saved = plans().save(content, kQuestionnaire);
        ASSERT_TRUE(saved.ok()) << qPrintable(name) << ": " << qPrintable(saved.error().detail);
        auto profile = reopened();
        ASSERT_TRUE(profile);
        auto read = profile->plan().plan();
        ASSERT_TRUE(read.ok());
        PlanContent withoutEmpty;
        for (const auto& [section, entries] : content)
            if (!entries.empty())
                withoutEmpty[section] = entries;
        EXPECT_EQ(read->content, withoutEmpty) << qPrintable(name);
        EXPECT_EQ(read->questionnaire, kQuestionnaire);
        m_profile = std::move(profile);
    }
}

TEST_F(PlanStoreTest, TheOrderTheClientChoseIsKept) {
    PlanContent content{{QStringLiteral("coping"),
                         {line(QStringLiteral("third")), line(QStringLiteral("first")),
                          line(QStringLiteral("second"))}}};
    for (int i = 0; i < 12; ++i) // past position 9, where text order and number order part
        content[QStringLiteral("reasons")].push_back(line(QString::number(i)));
    ASSERT_TRUE(plans().save(content, kQuestionnaire).ok());
    auto read = plans().plan();
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->content, content);
}

TEST_F(PlanStoreTest, OneIdForLifeAndEmptyingIsNotErasing) {
    auto first = plans().save(fullPlanContent(), kQuestionnaire);
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->id.isNull());
    EXPECT_EQ(first->createdAt, m_clock.now());
    m_clock.advanceSeconds(3600);
    auto second = plans().save({}, kQuestionnaire);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->id, first->id);
    EXPECT_EQ(second->createdAt, first->createdAt);
    EXPECT_EQ(second->updatedAt, m_clock.now());
    EXPECT_TRUE(second->isEmpty());
    EXPECT_FALSE(second->deletedAt);
}

// ctest runs this once per time zone (tests/unit/CMakeLists.txt, TZ set).
TEST(LocalOffset, PlanTimesCarryTheOffsetTheClientWasAt) {
    const QByteArray tz = qgetenv("TZ");
    const int expected = tz == "America/Chicago" ? -6 * 3600          // November: CST
                         : tz == "Asia/Kolkata"  ? 5 * 3600 + 30 * 60 //
                                                 : 1;
    ASSERT_NE(expected, 1) << "run under TZ=America/Chicago or TZ=Asia/Kolkata";
    QTemporaryDir dir;
    platform::FixedClock clock(QDateTime(QDate(2026, 11, 2), QTime(14, 5), Qt::UTC));
    auto db = Database::open(dir.filePath(QStringLiteral("s.db")), DatabaseKey::generate(),
                             Database::Mode::CreateIfMissing, schemaMigrations());
    ASSERT_TRUE(db.ok());
    Profile profile(std::move(*db), clock);
    auto saved = profile.plan().save(fullPlanContent(), kQuestionnaire);
    ASSERT_TRUE(saved.ok());
    auto read = profile.plan().plan();
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->createdAt, clock.now());
    EXPECT_EQ(read->createdAt.offsetFromUtc(), expected);
    EXPECT_EQ(read->updatedAt.offsetFromUtc(), expected);
}

TEST_F(PlanStoreTest, EverySaveIsQueuedForEveryClinicAccount) {
    const ClinicAccountId other = addAccount(QStringLiteral("another-patient"));
    auto saved = plans().save(fullPlanContent(), kQuestionnaire);
    ASSERT_TRUE(saved.ok());
    EXPECT_TRUE(queued(*saved));
    auto otherQueued = m_profile->outbox().isQueued(
        other, {QStringLiteral("plan"), saved->id.toString(QUuid::WithoutBraces)});
    ASSERT_TRUE(otherQueued.ok());
    EXPECT_TRUE(*otherQueued);
}

TEST_F(PlanStoreTest, EraseLeavesATombstoneWithoutTextAndQueuesIt) {
    auto saved = plans().save(fullPlanContent(), kQuestionnaire);
    ASSERT_TRUE(saved.ok());
    ASSERT_TRUE(m_profile->outbox().discard(
        m_account, {QStringLiteral("plan"), saved->id.toString(QUuid::WithoutBraces)}));
    ASSERT_TRUE(plans().erase().ok());
    auto erased = plans().plan();
    ASSERT_TRUE(erased.ok());
    EXPECT_EQ(erased->id, saved->id);
    EXPECT_TRUE(erased->deletedAt.has_value());
    EXPECT_TRUE(erased->isEmpty());
    EXPECT_TRUE(queued(*erased));
    auto rows = m_db->prepared("SELECT count(*) FROM plan_entry");
    ASSERT_TRUE(rows.ok());
    ASSERT_TRUE((*rows)->step().ok());
    EXPECT_EQ((*rows)->integer(0), 0);
    (*rows)->reset();

    auto back =
        plans().save({{QStringLiteral("coping"), {line(QStringLiteral("again"))}}}, kQuestionnaire);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->id, saved->id);
    EXPECT_FALSE(back->deletedAt);
}

TEST_F(PlanStoreTest, BadInputIsRefusedAndTheSavedPlanIsKept) {
    ASSERT_TRUE(plans().save(fullPlanContent(), kQuestionnaire).ok());
    QSignalSpy changed(&plans(), &PlanStore::changed);
    const PlanContent tooLong{
        {QStringLiteral("coping"), {line(QString(PlanEntry::kMaxTextLength + 1, u'x'))}}};
    const PlanContent blank{{QStringLiteral("coping"), {line(QStringLiteral("   "))}}};
    PlanContent tooMany;
    for (int i = 0; i <= RelapsePlan::kMaxEntriesPerSection; ++i)
        tooMany[QStringLiteral("coping")].push_back(line(QStringLiteral("step")));
    for (const PlanContent& bad : {tooLong, blank, tooMany}) {
        auto refused = plans().save(bad, kQuestionnaire);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().kind, StoreErrorKind::InvalidInput);
        EXPECT_FALSE(refused.error().message().isEmpty());
    }
    EXPECT_FALSE(plans().save(fullPlanContent(), QString()).ok());
    EXPECT_EQ(changed.count(), 0);
    auto kept = plans().plan();
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->content, fullPlanContent());
}

TEST_F(PlanStoreTest, HighCravingLevelIsSevenUntilTheClientSetsIt) {
    Preferences& preferences = m_profile->preferences();
    auto level = preferences.highCravingLevel();
    ASSERT_TRUE(level.ok());
    EXPECT_EQ(*level, 7);
    ASSERT_TRUE(preferences.setHighCravingLevel(4).ok());
    EXPECT_FALSE(preferences.setHighCravingLevel(11).ok());
    EXPECT_FALSE(preferences.setHighCravingLevel(-1).ok());
    auto profile = reopened();
    ASSERT_TRUE(profile);
    auto kept = profile->preferences().highCravingLevel();
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(*kept, 4);
    m_profile = std::move(profile);
}
