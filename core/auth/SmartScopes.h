#pragma once

#include <QStringList>

namespace stepstone {

// SMART on FHIR scope syntax: v2 letters (`patient/Observation.crus`) or v1 words
// (`patient/Observation.read`, `.write`), chosen by the clinic's `permission-v2` capability.
enum class ScopeStyle { V1, V2 };

// Everything Stepstone asks for at sign-in: the OpenID and launch scopes, `offline_access`
// for a refresh token, and one patient scope per resource type the sync reads or writes. The
// table of resource types lives in SmartScopes.cpp, the one place to change it.
QStringList requestedScopes(ScopeStyle style);

// Whether the granted scopes allow `letter` (SMART v2: c create, r read, u update, d delete,
// s search) on `resourceType`, so the app can hide what the clinic did not grant.
bool scopesPermit(const QStringList& granted, QStringView resourceType, QChar letter);

} // namespace stepstone
