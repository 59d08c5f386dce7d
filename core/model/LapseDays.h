#pragma once

#include <QDate>
#include <optional>
#include <span>

namespace stepstone {

// Days without a lapse, counted in the client's local calendar days: a lapse at 23:50 and
// today's 00:10 are a day apart, whatever the hours between. Shown in plain words, never as a
// score.
struct LapseDays {
    // Whole days since the latest lapse: 0 on the day of a lapse. None before any lapse.
    std::optional<int> sinceLatest;
    // The longest run of days between two lapses, or from the latest lapse to today.
    std::optional<int> longestStretch;
};

// `lapseDays`: the local day of each lapse, in any order (several on one day count once).
// Lapses dated after `today` (a clock set wrong) are left out rather than counted back.
LapseDays lapseDays(std::span<const QDate> lapseDays, const QDate& today);

} // namespace stepstone
