#pragma once

#include "store/SessionStore.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <optional>

namespace stepstone {

// Learns from the clinic's Appointment history (`Appointment/_history?_since=`) which
// Appointments were deleted since the last look, and drops their sessions: a search never
// returns what is gone. The server lists the changes this client may see, newest first, so
// the first entry of an id is its latest change; only when that is a delete does the session
// go (an Appointment deleted and then made again stays). Changes other than deletes are the
// search's job (AppointmentDownload), which runs first.
class AppointmentHistory {
public:
    struct Page {
        QString next;    // the server's next link, empty on the last page
        int removed = 0; // sessions dropped
        int skipped = 0; // entries that named no Appointment
    };

    AppointmentHistory(Database& db, SessionStore& sessions, ClinicAccountId account)
        : m_db(db)
        , m_sessions(sessions)
        , m_account(account) {}

    // Starts a run: the first history query, relative to the FHIR base. nullopt when there is
    // nothing to ask yet: before the first download, which brings only what still exists.
    Result<std::optional<QString>, StoreError> firstQuery();
    // Applies one history page in one transaction.
    Result<Page, StoreError> apply(const QJsonObject& history);
    // After the last page: the next run starts from the newest change seen.
    Result<void, StoreError> finish();

private:
    Database& m_db;
    SessionStore& m_sessions;
    ClinicAccountId m_account;
    QSet<QString> m_seen; // ids whose latest change this run already read
    QString m_newest;     // of this run, as the server wrote it
};

} // namespace stepstone
