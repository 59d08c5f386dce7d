#pragma once

#include "store/SessionStore.h"
#include "store/SyncBookkeeping.h"

#include <QJsonObject>
#include <QString>

namespace stepstone {

// Brings the clinic's Appointments for this client into the session cache: everything changed
// since the watermark, with their Locations, page by page. The server's version wins.
class AppointmentDownload {
public:
    static constexpr char kResourceType[] = "Appointment";

    struct Page {
        QString next;    // the server's next link, empty on the last page
        int applied = 0; // sessions added, changed or withdrawn
        int skipped = 0; // entries that could not be read (or an `entry` that is no list);
                         // the rest of the page still counts
    };

    AppointmentDownload(Database& db, SessionStore& sessions, ClinicAccountId account)
        : m_db(db)
        , m_sessions(sessions)
        , m_account(account) {}

    // Starts a download: the first search, relative to the FHIR base.
    Result<QString, StoreError> firstQuery(const QString& patientId);
    // Applies one searchset page in one transaction.
    Result<Page, StoreError> apply(const QJsonObject& searchset, const QString& patientId);
    // After the last page: the next download starts from the newest change seen.
    Result<void, StoreError> finish();

private:
    Database& m_db;
    SessionStore& m_sessions;
    ClinicAccountId m_account;
    QString m_newestLastUpdated; // of this download, as the server wrote it
};

} // namespace stepstone
