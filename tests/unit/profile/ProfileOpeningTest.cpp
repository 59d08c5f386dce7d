#include "profile/ProfileOpening.h"

#include "TestApplication.h"
#include "TestFiles.h"
#include "fake/FixedClock.h"
#include "fake/InMemorySecretStore.h"
#include "store/CravingLogStore.h"

#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

class ProfileOpeningTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { ensureCoreApplication(); }

    QString folder() const { return m_dir.filePath(QStringLiteral("profile")); }

    // A profile with enough cravings to fill many pages, closed.
    void makeProfile(int cravings) {
        auto opened = m_opener.openWithKeychain();
        ASSERT_TRUE(opened.ok());
        CravingLogStore logs(*opened->database, m_clock);
        CravingEntry entry;
        entry.occurredAt = m_clock.now();
        entry.note = QString(300, u'n');
        for (int i = 0; i < cravings; ++i)
            ASSERT_TRUE(logs.add(entry).ok());
    }

    struct Answers {
        std::optional<Result<OpenedProfile, OpenError>> opened;
        std::optional<Result<void, StoreError>> checked;
    };

    void openWithKeychain(Answers& answers) {
        m_opening.withKeychain(
            [&answers](Result<OpenedProfile, OpenError> o) {
                answers.opened.emplace(std::move(o));
            },
            [&answers](Result<void, StoreError> c) { answers.checked.emplace(c); });
    }

    QTemporaryDir m_dir;
    platform::InMemorySecretStore m_secrets;
    platform::FixedClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(14, 5), Qt::UTC)};
    ProfileOpener m_opener{folder(), m_secrets, m_clock};
    ProfileOpening m_opening{m_opener};
};

} // namespace

TEST_F(ProfileOpeningTest, AKeychainThatTakesLongNeverHoldsUpTheEventLoop) {
    m_secrets.holdAnswers();
    Answers answers;
    openWithKeychain(answers);
    EXPECT_TRUE(m_opening.isBusy());

    // Opening waits for the keychain on its own thread, not on this one.
    EXPECT_TRUE(timersFireWhileTheKeychainHolds(m_secrets));
    EXPECT_FALSE(answers.opened.has_value());

    m_secrets.releaseAnswers();
    ASSERT_TRUE(waitForValue(answers.opened));
    ASSERT_TRUE(answers.opened->ok()) << qPrintable(answers.opened->error().detail);
    EXPECT_NE((*answers.opened)->database, nullptr);
    EXPECT_FALSE((*answers.opened)->integrityCheck.has_value()) << "the check was handed over";
    EXPECT_FALSE(m_opening.isBusy());
}

TEST_F(ProfileOpeningTest, DamageFoundByTheCheckIsReportedAndTheFileLeftUntouched) {
    ASSERT_NO_FATAL_FAILURE(makeProfile(400));
    const QString path = m_opener.databasePath(ProfileKind::Keychain);
    QByteArray bytes = readAll(path);
    ASSERT_GT(bytes.size(), 100 * 1024);
    const qsizetype damaged = bytes.size() * 3 / 4;
    for (qsizetype i = damaged; i < damaged + 64; ++i)
        bytes[i] = char(bytes[i] ^ 0x5a);
    writeAll(path, bytes);
    m_clock.advanceSeconds(25 * 3600); // the daily check is due
    const auto before = snapshot(folder());

    Answers answers;
    openWithKeychain(answers);
    ASSERT_TRUE(waitForValue(answers.opened));
    ASSERT_TRUE(answers.opened->ok()) << "the cheap checks at open let a deep page pass";
    ASSERT_TRUE(waitForValue(answers.checked));
    ASSERT_FALSE(answers.checked->ok());
    EXPECT_EQ(answers.checked->error().kind, StoreErrorKind::Corrupt);

    answers.opened.reset(); // the profile closes
    EXPECT_EQ(snapshot(folder()), before);
}

TEST_F(ProfileOpeningTest, TheCheckRunsDailyAndAfterAnUncleanShutdownOnly) {
    ASSERT_NO_FATAL_FAILURE(makeProfile(1));
    const auto openOnce = [this] {
        Answers answers;
        openWithKeychain(answers);
        EXPECT_TRUE(waitForValue(answers.opened));
        EXPECT_TRUE(answers.opened->ok());
        // The last answer frees it: with a check, that is the check's.
        EXPECT_TRUE(QTest::qWaitFor([this] { return !m_opening.isBusy(); }, 5000));
        if (answers.checked) {
            EXPECT_TRUE(answers.checked->ok());
        }
        return answers.checked.has_value();
    };
    EXPECT_TRUE(openOnce()) << "never checked";
    EXPECT_FALSE(openOnce()) << "checked a moment ago";
    m_clock.advanceSeconds(23 * 3600);
    EXPECT_FALSE(openOnce()) << "checked less than a day ago";
    m_clock.advanceSeconds(2 * 3600);
    EXPECT_TRUE(openOnce()) << "checked more than a day ago";

    // The write-ahead log of a session that did not close the file is still there.
    auto stillOpen = m_opener.openWithKeychain();
    ASSERT_TRUE(stillOpen.ok());
    EXPECT_TRUE(openOnce()) << "the last session did not close the file";
}
