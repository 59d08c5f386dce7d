#pragma once

#include "model/Session.h"

#include <QDateTime>
#include <QString>

namespace stepstone {

// The words a client reads for a session, in their language.
namespace sessionLabels {
QString kind(Session::Kind kind);
QString status(Session::Status status);
// "Today", "Tomorrow", or the weekday and date.
QString day(const QDateTime& start, const QDateTime& now);
// How far away it is: "in 40 minutes", "in 3 hours", "in 2 days", "now"; empty for tomorrow.
QString until(const QDateTime& start, const QDateTime& end, const QDateTime& now);
// "15:00 – 16:30"
QString timeRange(const QDateTime& start, const QDateTime& end);
} // namespace sessionLabels

} // namespace stepstone
