#pragma once

#include "model/CravingLog.h"

#include <QDateTime>
#include <QString>

namespace stepstone {

// The words a client reads for craving codes and times, in their language.
namespace cravingLabels {
QString trigger(CravingTrigger trigger);
QString outcome(CravingOutcome outcome);
QString triggers(CravingTriggers triggers);
// "Today, 14:05", "Yesterday, 09:30", or the date and time for older entries: on the clock the
// client lived the moment by (a log made at 21:30 in Chicago reads 21:30 anywhere).
QString when(const QDateTime& time, const QDateTime& now);
} // namespace cravingLabels

} // namespace stepstone
