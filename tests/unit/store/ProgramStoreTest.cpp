#include "StoreFixture.h"
#include "store/Outbox.h"

using namespace stepstone;

namespace {

class ProgramStoreTest : public test::StoreFixture {
protected:
    ProgramStore& program() { return m_profile->program(); }
    std::vector<Outbox::Entry> queued() {
        return *Outbox(*m_db).pending(m_account, QString::fromLatin1(ProgramStore::kRecordType),
                                      10);
    }
};

const QDate kStepDown(2027, 1, 12);

} // namespace

TEST_F(ProgramStoreTest, NothingUntilTheClientSays) {
    EXPECT_EQ(program().read().error().kind, StoreErrorKind::NotFound);
    EXPECT_TRUE(queued().empty());
}

TEST_F(ProgramStoreTest, OneRecordKeepsItsIdThroughEveryChange) {
    auto first = program().set({ProgramLevel::Iop, kStepDown});
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->id.isNull());
    EXPECT_EQ(first->status.level, ProgramLevel::Iop);
    EXPECT_EQ(first->status.stepDownOn, kStepDown);

    m_clock.advanceSeconds(3600);
    auto stepped = program().set({ProgramLevel::Outpatient, std::nullopt});
    ASSERT_TRUE(stepped.ok());
    EXPECT_EQ(stepped->id, first->id);
    EXPECT_EQ(stepped->status.level, ProgramLevel::Outpatient);
    EXPECT_FALSE(stepped->status.stepDownOn) << "the date can be unknown again";
    EXPECT_EQ(stepped->updatedAt, m_clock.now());

    const auto entries = queued();
    ASSERT_EQ(entries.size(), 1u) << "squashed: one record, queued once";
    EXPECT_EQ(entries[0].recordId, first->id.toString(QUuid::WithoutBraces));
}

TEST_F(ProgramStoreTest, ADateThatCannotBeIsRefusedAndTheRecordStays) {
    ASSERT_TRUE(program().set({ProgramLevel::Iop, kStepDown}).ok());
    EXPECT_EQ(program().set({ProgramLevel::Aftercare, kStepDown}).error().kind,
              StoreErrorKind::InvalidInput)
        << "aftercare has nothing to step down to";
    EXPECT_EQ(program().set({ProgramLevel::Outpatient, QDate(20260, 1, 1)}).error().kind,
              StoreErrorKind::InvalidInput);
    EXPECT_EQ(program().read()->status, (ProgramStatus{ProgramLevel::Iop, kStepDown}));
}

TEST_F(ProgramStoreTest, SurvivesReopeningTheEncryptedFile) {
    ASSERT_TRUE(program().set({ProgramLevel::Aftercare, std::nullopt}).ok());
    m_profile.reset();
    auto db = Database::open(m_dir.filePath(QStringLiteral("s.db")), m_key,
                             Database::Mode::OpenExisting, schemaMigrations());
    ASSERT_TRUE(db.ok());
    m_profile = std::make_unique<Profile>(std::move(*db), m_clock);
    EXPECT_EQ(m_profile->program().read()->status.level, ProgramLevel::Aftercare);
}
