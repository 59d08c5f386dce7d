#pragma once

#include "store/SessionStore.h"

#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace stepstone {

// Drops cached sessions whose Appointment this client can no longer find at the clinic: one
// moved to another client or otherwise out of this client's compartment never shows up in the
// search or the history this client may see. Asks for the ids it holds,
// `Appointment?_id=<ids>&patient=<me>`, a chunk at a time; an id the answer leaves out is gone.
class SessionVisibilityCheck {
public:
    static constexpr qsizetype kIdsPerQuery = 50;

    struct Query {
        QString target; // relative to the FHIR base
        QStringList ids;
    };

    SessionVisibilityCheck(Database& db, SessionStore& sessions, ClinicAccountId account)
        : m_db(db)
        , m_sessions(sessions)
        , m_account(account) {}

    Result<std::vector<Query>, StoreError> queries(const QString& patientId) const;
    // Removes the sessions of `query` that `searchset` does not hold; answers how many. A paged
    // answer (one with a next link) proves nothing and removes nothing.
    Result<int, StoreError> apply(const Query& query, const QJsonObject& searchset);

private:
    Database& m_db;
    SessionStore& m_sessions;
    ClinicAccountId m_account;
};

} // namespace stepstone
