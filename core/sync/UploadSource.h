#pragma once

#include "common/Result.h"
#include "store/StoreError.h"
#include "sync/SyncOutbox.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace stepstone {

// One queued record as the server will hold it: PUT <resourceType>/<id> with `resource`, or
// DELETE when there is no resource.
struct UploadItem {
    SyncOutbox::Entry queued;
    QString resourceType;
    QString id; // client-assigned, so a retried upload never makes a second copy
    std::optional<QJsonObject> resource;
};

// Turns one kind of queued record into what TransactionUpload sends.
class UploadSource {
public:
    virtual ~UploadSource() = default;

    // The outbox's name for these records.
    virtual QString recordType() const = 0;
    // nullopt when the record no longer needs sending; it then leaves the outbox unsent.
    virtual Result<std::optional<UploadItem>, StoreError> itemFor(const SyncOutbox::Entry& queued,
                                                                  const QString& patientId) = 0;
    // Inside the transaction that takes a sent item out of the outbox.
    virtual Result<void, StoreError> recordSent(const UploadItem&) { return {}; }
    // Once that transaction is committed.
    virtual void announceSent() {}
};

} // namespace stepstone
