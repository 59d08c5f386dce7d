#pragma once

#include "auth/SmartScopes.h"
#include "store/StoreError.h"
#include "sync/FhirError.h"

#include <QSet>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>
#include <span>
#include <variant>

namespace stepstone {

// What the steps of one sync run share.
struct SyncRun {
    QUrl fhirBase;
    QString patientId;
    QStringList grantedScopes;
    // Outbox record types that could not all be sent in this run; a step that waits for one of
    // them (UploadSource::waitsFor) waits for the next run.
    QSet<QString> unsent;
};

using SyncFailure = std::variant<FhirError, StoreError>;

// One kind of record the sync moves, up or down. The engine runs its steps in order; a step
// that fails does not stop the ones after it, unless the client must sign in again or the
// device's own storage failed.
class SyncStep {
public:
    using Done = std::function<void(std::optional<SyncFailure>)>;

    virtual ~SyncStep() = default;

    // The SMART access the step needs; sign-in asks for the union of every step's.
    virtual std::span<const ResourceAccess> access() const = 0;
    // Calls `done` exactly once.
    virtual void run(SyncRun& run, Done done) = 0;
};

// NotPermitted when the scopes of the run's grant do not cover all of `access`.
std::optional<FhirError> missingAccess(const SyncRun& run, std::span<const ResourceAccess> access);

} // namespace stepstone
