#pragma once

#include <QStringList>
#include <span>

namespace stepstone {

// SMART on FHIR scope syntax: v2 letters (`patient/Observation.crus`) or v1 words
// (`patient/Observation.read`, `.write`), chosen by the clinic's `permission-v2` capability.
enum class ScopeStyle { V1, V2 };

// What one feature does with one resource type, in SMART v2 letters and their order:
// c create, r read, u update, d delete, s search.
struct ResourceAccess {
    const char* type;
    const char* letters;
};

// Everything Stepstone asks for at sign-in: the OpenID and launch scopes, `offline_access`
// for a refresh token, and one patient scope per resource type in `access` (what the sync
// does: see SyncSteps), letters of the same type merged.
QStringList requestedScopes(ScopeStyle style, std::span<const ResourceAccess> access);

// Whether the granted scopes allow `letter` on `resourceType`, so the app can hide what the
// clinic did not grant.
bool scopesPermit(const QStringList& granted, QStringView resourceType, QChar letter);
// Whether they allow every letter of `access`.
bool scopesPermit(const QStringList& granted, const ResourceAccess& access);

} // namespace stepstone
