#pragma once

#include "model/CravingLog.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

// The codes of the craving Observation contract (CravingObservationMapper.h), shared by the
// writer and the reader.
namespace stepstone::fhir::craving {

inline constexpr QLatin1String kLogCode("craving-log");
inline constexpr QLatin1String kTriggerComponent("trigger");
inline constexpr QLatin1String kCopingSkillComponent("coping-skill");
inline constexpr QLatin1String kOutcomeComponent("outcome");

// The code of every craving Observation, also named by the sharing Consent.
QJsonObject logCode();

// English displays for the clinic's system, not for the client (the app translates its own).
QString displayFor(CravingTrigger trigger);
QString displayFor(CravingOutcome outcome);

} // namespace stepstone::fhir::craving
