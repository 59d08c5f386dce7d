#pragma once

#include "auth/SmartScopes.h"
#include "profile/Profile.h"
#include "sync/FhirClient.h"
#include "sync/SyncStep.h"

#include <memory>
#include <vector>

namespace stepstone {

// Every kind of record Stepstone syncs with a clinic account, in the order of a run. Adding a
// record type means writing its mapper and its UploadSource (or SyncStep), and adding one line
// to the list in SyncSteps.cpp: the engine and the sign-in's scopes follow from it.
struct SyncStepParts {
    Profile& profile;
    ClinicAccountId account;
    FhirClient& client;
};

std::vector<std::unique_ptr<SyncStep>> makeSyncSteps(const SyncStepParts& parts);
// The SMART access all of them need: what sign-in asks for, and no more.
std::vector<ResourceAccess> syncAccess();

} // namespace stepstone
