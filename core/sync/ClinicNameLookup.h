#pragma once

#include "store/ClinicAccounts.h"
#include "sync/FhirClient.h"
#include "sync/SyncStep.h"

namespace stepstone {

// The clinic's own name, so the app can say "Riverside Recovery Center" rather than an
// address: the display of the client's Patient.managingOrganization, read once per link. The
// name is a courtesy: failing to learn it never fails a sync.
class ClinicNameLookup final : public SyncStep {
public:
    static constexpr ResourceAccess kAccess[] = {{"Patient", "r"}};

    struct Parts {
        ClinicAccounts& accounts;
        ClinicAccountId account;
        FhirClient& client;
    };

    explicit ClinicNameLookup(Parts parts)
        : m_parts(parts) {}

    std::span<const ResourceAccess> access() const override { return kAccess; }
    void run(SyncRun& run, Done done) override;

    // The organisation's display in a Patient resource; empty when it names none.
    static QString nameFrom(const QJsonObject& patient);

private:
    Parts m_parts;
    bool m_known = false;
};

} // namespace stepstone
