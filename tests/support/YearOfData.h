#pragma once

#include "fake/FixedClock.h"
#include "model/ClinicAccount.h"
#include "profile/Profile.h"

#include <QDateTime>

namespace stepstone::test {

// A client a year into treatment, written through the stores as the app writes: a check-in
// most days, cravings (about three a day), a few lapses, sessions in the coming weeks, their
// medicines with a year of doses marked, and their meetings. The clock is moved back through
// the year while writing and left at `now`. The same profile feeds the Today screenshots and
// scripts/bench today.
struct YearOfDataCounts {
    int checkIns = 0;
    int cravings = 0;
    int lapses = 0;
    int sessions = 0;
    int doses = 0;
    int meetings = 0;
};

// `days`: how far back the history goes (a year unless a quicker smoke run asks for fewer).
YearOfDataCounts fillYearOfData(Profile& profile, platform::FixedClock& clock,
                                ClinicAccountId account, const QDateTime& now, int days = 365);

} // namespace stepstone::test
