#include "model/LapseDays.h"

#include <algorithm>
#include <vector>

namespace stepstone {

LapseDays lapseDays(std::span<const QDate> lapseDays, const QDate& today) {
    std::vector<QDate> days;
    for (const QDate& day : lapseDays)
        if (day.isValid() && day <= today)
            days.push_back(day);
    if (days.empty())
        return {};
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    LapseDays counted;
    counted.sinceLatest = int(days.back().daysTo(today));
    int longest = *counted.sinceLatest;
    for (std::size_t i = 1; i < days.size(); ++i)
        longest = std::max(longest, int(days[i - 1].daysTo(days[i])));
    counted.longestStretch = longest;
    return counted;
}

} // namespace stepstone
