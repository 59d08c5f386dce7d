#pragma once

#include "auth/SmartScopes.h"
#include "common/Result.h"
#include "store/Outbox.h"
#include "sync/FhirError.h"
#include "sync/SyncStep.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>
#include <span>
#include <variant>

namespace stepstone {

class FhirClient;

// One queued record as the server will hold it: PUT <resourceType>/<id> with `resource`, or
// DELETE when there is no resource.
struct UploadItem {
    Outbox::Entry queued;
    QString resourceType;
    QString id; // client-assigned, so a retried upload never makes a second copy
    std::optional<QJsonObject> resource;
};

// The record no longer needs sending: it leaves the outbox unsent.
struct NothingToSend {};
// The record cannot be sent as it is: it is set aside, and the rest goes on.
struct CannotSend {
    Outbox::Problem problem = Outbox::Problem::NotSendable;
    QString detail; // technical, never the client's words
};
using PreparedItem = std::variant<UploadItem, NothingToSend, CannotSend>;

// Turns one kind of queued record into what an UploadStep sends. Adding a record type to the
// sync means writing its mapper and one of these, and listing it in SyncSteps.
class UploadSource {
public:
    using Ready = std::function<void(std::optional<FhirError>)>;

    virtual ~UploadSource() = default;

    // The outbox's name for these records.
    virtual QString recordType() const = 0;
    // What sending them needs: writes, and the read that resolves a conflict.
    virtual std::span<const ResourceAccess> access() const = 0;
    // Asked before every batch: whether these records may go now (the client may stop sharing
    // while a run is under way).
    virtual Result<bool, StoreError> mayUpload() const { return true; }
    // A record type that must have been sent in full earlier in the run (a Consent before the
    // records it covers); empty when none.
    virtual QString waitsFor() const { return {}; }
    // Before the first batch of a run: learn what the server must tell first (e.g. who
    // receives a Consent). `ready` is called exactly once.
    virtual void getReady(FhirClient&, const SyncRun&, const Ready& ready) { ready(std::nullopt); }

    virtual Result<PreparedItem, StoreError> prepare(const Outbox::Entry& queued,
                                                     const QString& patientId) = 0;
    // Inside the transaction that takes a sent item out of the outbox.
    virtual Result<void, StoreError> recordSent(const UploadItem&) { return {}; }
    // Once that transaction is committed.
    virtual void announceSent() {}
};

} // namespace stepstone
