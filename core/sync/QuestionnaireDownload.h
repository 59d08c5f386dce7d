#pragma once

#include "model/FormCanonical.h"
#include "store/FormStore.h"
#include "store/HomeworkStore.h"
#include "sync/FhirClient.h"
#include "sync/SyncStep.h"

#include <vector>

namespace stepstone {

// The forms of the account's homework, kept for offline use. For each Task's canonical
// "url|version" not yet on the device, `Questionnaire?url=&version=` (the server cannot search a
// canonical with its version); a canonical without a version asks for the url on every run and
// takes the newest (active first, then the latest lastUpdated). Each form must read as a
// Questionnaire (forms/QuestionnaireParser) before it is kept. A form a draft began on keeps the
// copy the draft began on (FormStore). A form the clinic does not have, or cannot be read, is
// reported (Gone / Malformed) while the other forms still come down; no draft is touched.
// Forms nothing uses any more are then forgotten.
class QuestionnaireDownload final : public SyncStep {
public:
    static constexpr ResourceAccess kAccess[] = {{"Questionnaire", "s"}};

    struct Parts {
        HomeworkStore& homework;
        FormStore& forms;
        ClinicAccountId account;
        FhirClient& client;
    };

    explicit QuestionnaireDownload(Parts parts)
        : m_parts(parts) {}

    std::span<const ResourceAccess> access() const override { return kAccess; }
    void run(SyncRun& run, Done done) override;

private:
    void fetchNext();
    // The form chosen from a searchset, or the error to report.
    Result<FormStore::ClinicForm, FhirError> choose(const FormCanonical& wanted,
                                                    const QJsonObject& searchset) const;
    Result<void, StoreError> keep(const FormCanonical& wanted, const FormStore::ClinicForm& form);
    void end(std::optional<SyncFailure> failure);

    Parts m_parts;
    std::vector<FormCanonical> m_wanted;
    std::size_t m_next = 0;
    std::optional<FhirError> m_firstProblem;
    Done m_done;
};

} // namespace stepstone
