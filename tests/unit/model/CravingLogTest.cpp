#include "model/CravingLog.h"

#include <gtest/gtest.h>

using namespace stepstone;

TEST(CravingLogCodes, EveryTriggerAndOutcomeRoundTripsThroughItsCode) {
    for (CravingTrigger trigger : kAllCravingTriggers)
        EXPECT_EQ(cravingTriggerFromCode(codeFor(trigger)), trigger);
    for (CravingOutcome outcome :
         {CravingOutcome::Passed, CravingOutcome::StillGoing, CravingOutcome::Used})
        EXPECT_EQ(cravingOutcomeFromCode(codeFor(outcome)), outcome);
    EXPECT_FALSE(cravingTriggerFromCode(u"boredom").has_value());
    EXPECT_FALSE(cravingOutcomeFromCode(u"").has_value());
}

TEST(CravingEntry, DefaultsCanBeSavedAsTheyAre) {
    CravingEntry entry;
    entry.occurredAt = QDateTime::currentDateTimeUtc();
    EXPECT_TRUE(entry.isValid());
    EXPECT_EQ(entry.intensity, 5);
    EXPECT_EQ(entry.outcome, CravingOutcome::StillGoing);
}
