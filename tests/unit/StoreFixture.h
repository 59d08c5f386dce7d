#pragma once

#include "fake/FixedClock.h"
#include "store/CravingLogStore.h"
#include "store/Schema.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace stepstone::test {

// A real encrypted database in a temporary folder, with a craving store on a clock tests move.
class StoreFixture : public ::testing::Test {
protected:
    void SetUp() override {
        auto db = Database::open(m_dir.filePath(QStringLiteral("s.db")), m_key,
                                 Database::Mode::CreateIfMissing, schemaMigrations());
        ASSERT_TRUE(db.ok());
        m_db = std::move(*db);
        m_store = std::make_unique<CravingLogStore>(*m_db, m_clock);
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
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CravingLogStore> m_store;
};

} // namespace stepstone::test
