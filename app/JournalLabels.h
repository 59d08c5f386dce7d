#pragma once

#include "model/JournalEntry.h"

#include <QDateTime>
#include <QString>

namespace stepstone {

// The words a client reads about journal entries, in their language, on the clock each moment
// was lived by.
namespace journalLabels {
// "Today", "Yesterday", or the full date: the heading of one day in the journal.
QString day(const QDateTime& time, const QDateTime& now);
// "21:30" (or "9:30 PM").
QString timeOfDay(const QDateTime& time);
// "Mood 7 of 10", or nothing when none was noted.
QString mood(const std::optional<int>& mood);
// "family, sleep" as the locale joins a list.
QString tags(const QStringList& tags);
} // namespace journalLabels

} // namespace stepstone
