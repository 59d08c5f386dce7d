#pragma once

#include "common/Result.h"
#include "model/Session.h"
#include "store/Database.h"

#include <QObject>
#include <vector>

namespace stepstone {

// The clinic's sessions as last downloaded. Clinic-owned: the server's version replaces ours.
class SessionStore : public QObject {
    Q_OBJECT
public:
    explicit SessionStore(Database& db, QObject* parent = nullptr)
        : QObject(parent)
        , m_db(db) {}

    Result<void, StoreError> replace(const Session& session);
    Result<void, StoreError> remove(const QString& id);
    // Sessions that have not ended by `now`, soonest first, cancelled ones included.
    Result<std::vector<Session>, StoreError> upcoming(const QDateTime& now, int limit) const;
    // Tells listeners once a batch of replace/remove calls is done.
    void announceChanges() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();

private:
    Database& m_db;
};

} // namespace stepstone
