#pragma once

#include "fake/FixedClock.h"
#include "profile/Profile.h"
#include "store/Schema.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace stepstone::test {

// A real encrypted profile in a temporary folder, on a clock tests move, signed in to one
// clinic account.
class StoreFixture : public ::testing::Test {
protected:
    void SetUp() override {
        auto db = Database::open(m_dir.filePath(QStringLiteral("s.db")), m_key,
                                 Database::Mode::CreateIfMissing, schemaMigrations());
        ASSERT_TRUE(db.ok());
        m_profile = std::make_unique<Profile>(std::move(*db), m_clock);
        m_db = &m_profile->database();
        m_store = &m_profile->cravings();
        m_account = addAccount(QStringLiteral("alex-rivera"));
    }

    // Another clinic account (the same test clinic, another patient, unless `fhirBase` says).
    ClinicAccountId addAccount(const QString& patientId,
                               const QUrl& fhirBase = QUrl("https://clinic.example/fhir")) {
        auto account =
            m_profile->accounts().use(fhirBase, patientId, ClinicAccounts::EarlierState::LetGo);
        EXPECT_TRUE(account.ok());
        return account.ok() ? account->id : ClinicAccountId{};
    }

    // A real profile reopened from its file, so a test sees what was written, not what is cached.
    std::unique_ptr<Profile> reopened() {
        m_profile.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("s.db")), m_key,
                                 Database::Mode::OpenExisting, schemaMigrations());
        EXPECT_TRUE(db.ok());
        return db.ok() ? std::make_unique<Profile>(std::move(*db), m_clock) : nullptr;
    }

    CravingEntry entry(int intensity, const QString& note = {}) const {
        CravingEntry e;
        e.occurredAt = m_clock.now();
        e.intensity = intensity;
        e.note = note;
        return e;
    }

    QTemporaryDir m_dir;
    DatabaseKey m_key = DatabaseKey::generate();
    platform::FixedClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(14, 5), Qt::UTC)};
    std::unique_ptr<Profile> m_profile;
    Database* m_db = nullptr;
    CravingLogStore* m_store = nullptr;
    ClinicAccountId m_account;
};

} // namespace stepstone::test
