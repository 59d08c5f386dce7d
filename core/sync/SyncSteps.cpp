#include "sync/SyncSteps.h"

#include "sync/ClinicMedicationDownload.h"
#include "sync/ClinicNameLookup.h"
#include "sync/ConsentUpload.h"
#include "sync/CravingUpload.h"
#include "sync/HomeworkUpload.h"
#include "sync/QuestionnaireDownload.h"
#include "sync/SessionAnswerUpload.h"
#include "sync/SessionDownload.h"
#include "sync/TaskDownload.h"
#include "sync/UploadStep.h"

namespace stepstone {

namespace {

using StepPointer = std::unique_ptr<SyncStep>;

StepPointer upload(const SyncStepParts& p, std::unique_ptr<UploadSource> source) {
    return std::make_unique<UploadStep>(
        UploadStep::Parts{p.profile.database(), p.account, p.client, p.profile.clock()},
        std::move(source));
}

struct SyncKind {
    std::span<const ResourceAccess> access;
    StepPointer (*make)(const SyncStepParts&);
};

// Up first: the sharing choice (the Consent covers what follows), the answers to sessions, the
// craving logs, the homework answers with their Tasks' status. Then down: the clinic's name, its
// sessions, the medicines it lists, the homework it assigned and the forms of that homework.
const SyncKind kSyncKinds[] = {
    {ConsentUpload::kAccess,
     [](const SyncStepParts& p) {
         return upload(p, std::make_unique<ConsentUpload>(p.profile.sharing(), p.account));
     }},
    {SessionAnswerUpload::kAccess,
     [](const SyncStepParts& p) {
         return upload(p, std::make_unique<SessionAnswerUpload>(p.profile.sessions(), p.account));
     }},
    {CravingUpload::kAccess,
     [](const SyncStepParts& p) {
         return upload(p, std::make_unique<CravingUpload>(p.profile.cravings(), p.profile.sharing(),
                                                          p.account));
     }},
    {HomeworkUpload::kAccess,
     [](const SyncStepParts& p) -> StepPointer {
         return std::make_unique<HomeworkUpload>(HomeworkUpload::Parts{
             p.profile.database(), p.profile.homework(), p.account, p.client, p.profile.clock()});
     }},
    {ClinicNameLookup::kAccess,
     [](const SyncStepParts& p) -> StepPointer {
         return std::make_unique<ClinicNameLookup>(
             ClinicNameLookup::Parts{p.profile.accounts(), p.account, p.client});
     }},
    {SessionDownload::kAccess,
     [](const SyncStepParts& p) -> StepPointer {
         return std::make_unique<SessionDownload>(SessionDownload::Parts{
             p.profile.database(), p.profile.sessions(), p.account, p.client, p.profile.clock()});
     }},
    {ClinicMedicationDownload::kAccess,
     [](const SyncStepParts& p) -> StepPointer {
         return std::make_unique<ClinicMedicationDownload>(
             ClinicMedicationDownload::Parts{p.profile.clinicMedications(), p.account, p.client});
     }},
    {TaskDownload::kAccess,
     [](const SyncStepParts& p) -> StepPointer {
         return std::make_unique<TaskDownload>(
             TaskDownload::Parts{p.profile.homework(), p.account, p.client});
     }},
    {QuestionnaireDownload::kAccess,
     [](const SyncStepParts& p) -> StepPointer {
         return std::make_unique<QuestionnaireDownload>(QuestionnaireDownload::Parts{
             p.profile.homework(), p.profile.forms(), p.account, p.client});
     }},
};

} // namespace

std::vector<std::unique_ptr<SyncStep>> makeSyncSteps(const SyncStepParts& parts) {
    std::vector<StepPointer> steps;
    for (const SyncKind& kind : kSyncKinds)
        steps.push_back(kind.make(parts));
    return steps;
}

std::vector<ResourceAccess> syncAccess() {
    std::vector<ResourceAccess> access;
    for (const SyncKind& kind : kSyncKinds)
        access.insert(access.end(), kind.access.begin(), kind.access.end());
    return access;
}

} // namespace stepstone
