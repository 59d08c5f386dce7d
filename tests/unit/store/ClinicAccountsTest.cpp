#include "store/ClinicAccounts.h"

#include "StoreFixture.h"
#include "store/Outbox.h"
#include "store/SentLogStore.h"
#include "store/SessionStore.h"
#include "store/SharingStore.h"
#include "store/SyncBookkeeping.h"

#include <QSignalSpy>

using namespace stepstone;

namespace {

const QUrl kClinic("https://clinic.example/fhir");

class ClinicAccountsTest : public test::StoreFixture {
protected:
    // A profile last opened by the app before clinic accounts existed (schema 4), signed in and
    // sharing: a queued log, versions of a log, the Consent and an answer, watermarks, a sent
    // log entry, a cached session with its answer, the sharing choice.
    std::unique_ptr<Database> profileFromSchema4() {
        const QString path = m_dir.filePath(QStringLiteral("v4.db"));
        const auto all = schemaMigrations();
        {
            auto old = Database::open(path, m_key, Database::Mode::CreateIfMissing, all.first(4));
            EXPECT_TRUE(old.ok());
            EXPECT_TRUE((*old)
                            ->exec(R"sql(
INSERT INTO sync_outbox VALUES ('craving', 'log-1', 100);
INSERT INTO sync_remote_version VALUES ('Observation', 'log-2', 'v7'),
                                       ('Consent', '4b2f0c6e-9d8a-4c1e-8f3a-2e7d5b9c1a04', 'v2'),
                                       ('AppointmentResponse', 'response-uuid', 'v3');
INSERT INTO sync_watermark VALUES ('Appointment', '2026-11-01T10:00:00.000Z');
INSERT INTO sync_sent_log (resource_type, record_id, operation, sent_at)
    VALUES ('craving', 'log-2', 'put', 90);
INSERT INTO session (id, version_id, kind, status, title, start_at, end_at, answer,
                     answer_response_id)
    VALUES ('session-1', 'v1', 'group', 'booked', 'Group', 4102444800000, 4102448400000,
            'attending', 'response-uuid');
INSERT INTO sharing_choice VALUES ('cravings', '4b2f0c6e-9d8a-4c1e-8f3a-2e7d5b9c1a04', 1, 80, 3600);
)sql")
                            .ok());
        }
        auto upgraded = Database::open(path, m_key, Database::Mode::OpenExisting, all);
        EXPECT_TRUE(upgraded.ok());
        return upgraded.ok() ? std::move(*upgraded) : nullptr;
    }
};

} // namespace

TEST_F(ClinicAccountsTest, TheSameClinicAndPatientIsOneAccountTheLastUsedIsCurrent) {
    ClinicAccounts accounts(*m_db, m_clock);
    QSignalSpy changed(&accounts, &ClinicAccounts::changed);
    m_clock.advanceSeconds(1);
    auto jordan = accounts.use(kClinic, "jordan-lee", ClinicAccounts::EarlierState::LetGo);
    ASSERT_TRUE(jordan.ok());
    EXPECT_NE(jordan->id, m_account);
    EXPECT_EQ((*accounts.current())->id, jordan->id);

    m_clock.advanceSeconds(1);
    auto alexAgain = accounts.use(QUrl("https://clinic.example/fhir/"), "alex-rivera",
                                  ClinicAccounts::EarlierState::LetGo);
    ASSERT_TRUE(alexAgain.ok());
    EXPECT_EQ(alexAgain->id, m_account) << "a trailing slash is the same clinic";
    EXPECT_EQ((*accounts.current())->id, m_account);
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(ClinicAccountsTest, TheNameTheClinicGivesIsKept) {
    ClinicAccounts accounts(*m_db, m_clock);
    ASSERT_TRUE(accounts.setName(m_account, "Riverside Recovery Center").ok());
    EXPECT_EQ((*accounts.current())->name, "Riverside Recovery Center");
}

TEST_F(ClinicAccountsTest, AnAccountNeedsAClinicAndAPatient) {
    ClinicAccounts accounts(*m_db, m_clock);
    EXPECT_FALSE(accounts.use(QUrl(), "alex", ClinicAccounts::EarlierState::LetGo).ok());
    EXPECT_FALSE(accounts.use(kClinic, "", ClinicAccounts::EarlierState::LetGo).ok());
}

// The sign-in the profile already had claims what was synced before accounts existed: nothing
// is sent twice, the Consent keeps its id and version, answers and sessions stay.
TEST_F(ClinicAccountsTest, TheRestoredSignInClaimsEverythingSyncedBeforeAccounts) {
    auto db = profileFromSchema4();
    ASSERT_TRUE(db);
    ClinicAccounts accounts(*db, m_clock);
    auto account = accounts.use(kClinic, "alex-rivera", ClinicAccounts::EarlierState::Claim);
    ASSERT_TRUE(account.ok());
    const ClinicAccountId id = account->id;

    auto queued = Outbox(*db).pending(id, "craving", 10);
    ASSERT_EQ(queued->size(), 1u);
    EXPECT_EQ(queued->front().recordId, "log-1");
    SyncBookkeeping books(*db, id);
    EXPECT_EQ(*books.versionOf("craving", "log-2"), "v7");
    EXPECT_EQ(*books.versionOf("consent", "cravings"), "v2");
    EXPECT_EQ(*books.versionOf("appointment-response", "session-1"), "v3");
    EXPECT_EQ(*books.watermark("Appointment"), "2026-11-01T10:00:00.000Z");
    EXPECT_EQ(SentLogStore(*db).recentlySent(id, 10)->size(), 1u);
    auto sessions = SessionStore(*db, m_clock).upcoming(id, m_clock.now(), 10);
    ASSERT_EQ(sessions->size(), 1u);
    EXPECT_EQ(sessions->front().answer, Session::Answer::Attending);
    auto sharing = SharingStore(*db, m_clock).cravings(id);
    EXPECT_TRUE(sharing->sharing);
    EXPECT_EQ(sharing->consentId,
              QUuid::fromString(QStringLiteral("4b2f0c6e-9d8a-4c1e-8f3a-2e7d5b9c1a04")));

    // Claimed once: the next account starts from nothing.
    auto other = accounts.use(kClinic, "jordan-lee", ClinicAccounts::EarlierState::Claim);
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(*Outbox(*db).count(other->id), 0);
    EXPECT_FALSE(SharingStore(*db, m_clock).cravings(other->id)->sharing);
}

// A new sign-in may be another clinic or patient: what was queued for the old one never goes
// to it, sharing starts off, and only the client's record of what was sent is kept.
TEST_F(ClinicAccountsTest, ANewSignInLetsGoOfEverythingSyncedBeforeAccountsButTheSentLog) {
    auto db = profileFromSchema4();
    ASSERT_TRUE(db);
    ClinicAccounts accounts(*db, m_clock);
    auto account = accounts.use(kClinic, "alex-rivera", ClinicAccounts::EarlierState::LetGo);
    ASSERT_TRUE(account.ok());

    EXPECT_EQ(*Outbox(*db).count(account->id), 0);
    EXPECT_EQ(*SyncBookkeeping(*db, account->id).versionOf("craving", "log-2"), QString());
    EXPECT_FALSE(SharingStore(*db, m_clock).cravings(account->id)->sharing);
    EXPECT_TRUE(SessionStore(*db, m_clock).upcoming(account->id, m_clock.now(), 10)->empty());
    auto kept = db->prepared("SELECT count(*) FROM sent_log WHERE account_id IS NULL");
    ASSERT_TRUE(kept.ok() && *(*kept)->step());
    EXPECT_EQ((*kept)->integer(0), 1);
    (*kept)->reset();
    auto leftovers = db->prepared("SELECT (SELECT count(*) FROM outbox) + "
                                  "(SELECT count(*) FROM remote_version) + "
                                  "(SELECT count(*) FROM clinic_session) + "
                                  "(SELECT count(*) FROM sharing) + "
                                  "(SELECT count(*) FROM clinic_account WHERE id = 0)");
    ASSERT_TRUE(leftovers.ok() && *(*leftovers)->step());
    EXPECT_EQ((*leftovers)->integer(0), 0);
    (*leftovers)->reset();
}

TEST_F(ClinicAccountsTest, AProfileThatNeverSyncedHasNothingWaiting) {
    const QString path = m_dir.filePath(QStringLiteral("fresh-v4.db"));
    const auto all = schemaMigrations();
    {
        auto old = Database::open(path, m_key, Database::Mode::CreateIfMissing, all.first(4));
        ASSERT_TRUE(old.ok());
    }
    auto upgraded = Database::open(path, m_key, Database::Mode::OpenExisting, all);
    ASSERT_TRUE(upgraded.ok());
    auto waiting = (*upgraded)->prepared("SELECT count(*) FROM clinic_account");
    ASSERT_TRUE(waiting.ok() && *(*waiting)->step());
    EXPECT_EQ((*waiting)->integer(0), 0);
    (*waiting)->reset();
}
