#pragma once

#include "common/Result.h"
#include "store/Database.h"

#include <QObject>

namespace stepstone {

// The client's own settings, kept in the encrypted database with their data (a craving level is
// about them too). Not synced.
class Preferences : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultHighCravingLevel = 7;
    static constexpr int kMinHighCravingLevel = 0;
    static constexpr int kMaxHighCravingLevel = 10;

    explicit Preferences(Database& db, QObject* parent = nullptr);

    // From this intensity up, saving a craving offers the client's own plan.
    Result<int, StoreError> highCravingLevel() const;
    Result<void, StoreError> setHighCravingLevel(int level);

Q_SIGNALS:
    void changed();

private:
    Database& m_db;
};

} // namespace stepstone
