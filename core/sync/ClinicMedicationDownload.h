#pragma once

#include "model/ClinicMedication.h"
#include "store/ClinicMedicationStore.h"
#include "sync/FhirClient.h"
#include "sync/SearchedEntries.h"
#include "sync/SyncStep.h"

namespace stepstone {

// The medicines the clinic lists for the client: every MedicationRequest of the patient, all
// pages, then the account's list is replaced by the current ones (MedicationRequestReader).
// Read-only: nothing goes up. A failed request or a page that is not a searchset changes
// nothing. An entry that cannot be read is left out and its stored copy kept (every stored copy,
// when even its id is unreadable); the run then reports Malformed, naming the first error. A
// clinic that does not grant MedicationRequest search simply has no list to show: the step then
// asks nothing and fails nothing, like the clinic's name (ClinicNameLookup).
class ClinicMedicationDownload final : public SyncStep {
public:
    static constexpr ResourceAccess kAccess[] = {{"MedicationRequest", "s"}};
    // More pages than this is a server gone wrong, not a client's medicines.
    static constexpr int kMaxPages = 20;

    struct Parts {
        ClinicMedicationStore& medications;
        ClinicAccountId account;
        FhirClient& client;
    };

    explicit ClinicMedicationDownload(Parts parts)
        : m_parts(parts) {}

    std::span<const ResourceAccess> access() const override { return kAccess; }
    void run(SyncRun& run, Done done) override;

private:
    void finish();
    void end(std::optional<SyncFailure> failure);

    Parts m_parts;
    QString m_patientId;
    SearchedEntries<ClinicMedication> m_entries;
    Done m_done;
};

} // namespace stepstone
