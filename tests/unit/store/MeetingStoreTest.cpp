#include "StoreFixture.h"
#include "store/Outbox.h"

using namespace stepstone;

namespace {

MeetingDetails meeting(const QString& name, int weekday, QTime time) {
    MeetingDetails details;
    details.name = name;
    details.kind = MeetingKind::SmartRecovery;
    details.weekday = weekday;
    details.timeOfDay = time;
    details.place = QStringLiteral("St. Mark's hall, room 2");
    details.link = QStringLiteral("https://meet.example.org/smart-tuesday");
    details.note = QStringLiteral("Bring the workbook");
    return details;
}

class MeetingStoreTest : public test::StoreFixture {
protected:
    MeetingStore& meetings() { return m_profile->meetings(); }
    std::vector<Outbox::Entry> queued() {
        return *Outbox(*m_db).pending(m_account, QString::fromLatin1(MeetingStore::kRecordType),
                                      10);
    }
};

} // namespace

TEST_F(MeetingStoreTest, KeptAsWrittenAndQueued) {
    const MeetingDetails written = meeting(QStringLiteral("Tuesday SMART"), 2, QTime(19, 30));
    auto added = meetings().add(written);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->details, written);
    EXPECT_EQ(added->createdAt, m_clock.now());
    const auto entries = queued();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].recordId, added->id.toString(QUuid::WithoutBraces));
}

TEST_F(MeetingStoreTest, ListedInTheOrderOfTheWeek) {
    ASSERT_TRUE(meetings().add(meeting(QStringLiteral("Sunday alumni"), 7, QTime(10, 0))).ok());
    ASSERT_TRUE(meetings().add(meeting(QStringLiteral("Monday night"), 1, QTime(20, 0))).ok());
    ASSERT_TRUE(meetings().add(meeting(QStringLiteral("Monday noon"), 1, QTime(12, 0))).ok());
    ASSERT_TRUE(meetings().add(meeting(QStringLiteral("Monday early"), 1, QTime(7, 5))).ok());
    auto listed = meetings().list();
    ASSERT_TRUE(listed.ok());
    QStringList names;
    for (const Meeting& m : *listed)
        names << m.details.name;
    EXPECT_EQ(names, (QStringList{"Monday early", "Monday noon", "Monday night", "Sunday alumni"}));
}

TEST_F(MeetingStoreTest, AnUpdateChangesTheSameRecordAndQueuesItOnce) {
    auto added = meetings().add(meeting(QStringLiteral("Home group"), 3, QTime(18, 0)));
    ASSERT_TRUE(added.ok());
    m_clock.advanceSeconds(600);
    MeetingDetails changed = added->details;
    changed.kind = MeetingKind::TwelveStep;
    changed.weekday = 4;
    changed.link.clear();
    auto updated = meetings().update(added->id, changed);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->id, added->id);
    EXPECT_EQ(updated->details, changed);
    EXPECT_EQ(updated->createdAt, added->createdAt);
    EXPECT_EQ(updated->updatedAt, m_clock.now());
    EXPECT_EQ(queued().size(), 1u);
    EXPECT_EQ(meetings().update(QUuid::createUuid(), changed).error().kind,
              StoreErrorKind::NotFound);
}

TEST_F(MeetingStoreTest, ARemoveLeavesATombstoneWithoutTheWordsAndRestoreBringsThemBack) {
    auto added = meetings().add(meeting(QStringLiteral("Alumni night"), 5, QTime(19, 0)));
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(Outbox(*m_db)
                    .markSent(m_account, queued()[0], m_clock.now().toMSecsSinceEpoch(),
                              m_clock.now().toMSecsSinceEpoch(), false)
                    .ok());
    ASSERT_TRUE(queued().empty());

    m_clock.advanceSeconds(60);
    ASSERT_TRUE(meetings().remove(added->id).ok());
    EXPECT_TRUE(meetings().list()->empty());
    auto tombstone = meetings().find(added->id);
    ASSERT_TRUE(tombstone.ok());
    EXPECT_TRUE(tombstone->details.name.isEmpty());
    EXPECT_TRUE(tombstone->details.place.isEmpty());
    EXPECT_TRUE(tombstone->details.link.isEmpty());
    EXPECT_TRUE(tombstone->details.note.isEmpty());
    EXPECT_EQ(queued().size(), 1u) << "the delete is queued for the clinic";
    EXPECT_EQ(meetings().remove(added->id).error().kind, StoreErrorKind::NotFound);
    EXPECT_EQ(meetings().update(added->id, added->details).error().kind, StoreErrorKind::NotFound)
        << "a removed meeting is not edited";

    auto restored = meetings().restore(*added);
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored->details, added->details);
    ASSERT_EQ(meetings().list()->size(), 1u);
    EXPECT_EQ(meetings().restore(*added).error().kind, StoreErrorKind::NotFound)
        << "only a removed meeting is restored";
}

TEST_F(MeetingStoreTest, BadInputIsRefusedAndNothingIsWritten) {
    MeetingDetails noName = meeting(QStringLiteral("   "), 2, QTime(19, 0));
    MeetingDetails noTime = meeting(QStringLiteral("Group"), 2, QTime());
    MeetingDetails plainHttp = meeting(QStringLiteral("Group"), 2, QTime(19, 0));
    plainHttp.link = QStringLiteral("http://meet.example.org/x");
    MeetingDetails longNote = meeting(QStringLiteral("Group"), 2, QTime(19, 0));
    longNote.note = QString(MeetingDetails::kMaxNoteLength + 1, u'x');
    MeetingDetails noDay = meeting(QStringLiteral("Group"), 8, QTime(19, 0));
    for (const MeetingDetails& bad : {noName, noTime, plainHttp, longNote, noDay})
        EXPECT_EQ(meetings().add(bad).error().kind, StoreErrorKind::InvalidInput);
    EXPECT_TRUE(meetings().list()->empty());
    EXPECT_TRUE(queued().empty());

    auto kept = meetings().add(meeting(QStringLiteral("Group"), 2, QTime(19, 0)));
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(meetings().update(kept->id, plainHttp).error().kind, StoreErrorKind::InvalidInput);
    EXPECT_EQ(meetings().find(kept->id)->details, kept->details);
}
