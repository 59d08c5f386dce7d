#pragma once

#include "model/HomeworkTask.h"
#include "store/HomeworkStore.h"
#include "sync/FhirClient.h"
#include "sync/SearchedEntries.h"
#include "sync/SyncStep.h"

namespace stepstone {

// The homework the clinic assigned: every complete-questionnaire Task the patient owns, all
// pages, with its version for If-Match; then the account's Tasks are replaced by them
// (HomeworkStore::replaceTasks keeps the client's own status change and every Task a draft
// answers). The clinic owns the Task, so its fields follow the server. An entry that cannot be
// read is left out and its stored copy kept; the run then reports Malformed. A failed request or
// a page that is not a searchset changes nothing. A clinic that does not grant Task search has no
// homework to show: the step then asks nothing and fails nothing.
class TaskDownload final : public SyncStep {
public:
    // Searched; read and updated by HomeworkUpload.
    static constexpr ResourceAccess kAccess[] = {{"Task", "s"}};
    static constexpr int kMaxPages = 20;

    struct Parts {
        HomeworkStore& homework;
        ClinicAccountId account;
        FhirClient& client;
    };

    explicit TaskDownload(Parts parts)
        : m_parts(parts) {}

    std::span<const ResourceAccess> access() const override { return kAccess; }
    void run(SyncRun& run, Done done) override;

private:
    void finish();
    void end(std::optional<SyncFailure> failure);

    Parts m_parts;
    QString m_patientId;
    SearchedEntries<HomeworkTask> m_entries;
    Done m_done;
};

} // namespace stepstone
