#pragma once

#include "common/Result.h"
#include "model/Session.h"
#include "store/Database.h"

#include <QObject>
#include <QStringList>
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
    // True when there was such a session.
    Result<bool, StoreError> remove(const QString& id);
    // Every cached session's id, in no particular order.
    Result<QStringList, StoreError> ids() const;
    // Forgets sessions that ended before `cutoff`; answers how many.
    Result<int, StoreError> removeEndedBefore(const QDateTime& cutoff);
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
