#pragma once

#include <QLatin1String>

// The codes of the check-in Observation contract (CheckInObservationMapper.h), shared by the
// writer and the reader.
namespace stepstone::fhir::checkin {

inline constexpr QLatin1String kCheckInCode("daily-check-in");
inline constexpr QLatin1String kMoodComponent("mood");
inline constexpr QLatin1String kCravingComponent("craving");
inline constexpr QLatin1String kUsedTodayComponent("used-today");
// LOINC 93832-4 "Sleep duration" (see the contract for the source).
inline constexpr QLatin1String kSleepDurationLoinc("93832-4");
inline constexpr QLatin1String kMinutesUnit("min");
inline constexpr QLatin1String kHoursUnit("h");

} // namespace stepstone::fhir::checkin
