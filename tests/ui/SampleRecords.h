#pragma once

#include "UiHarness.h"

namespace stepstone::test {

// What a client's profile holds after a few weeks: the clinic's sessions (in person, by video,
// one called off) and craving logs. `longText` makes every free text as long as a clinic or a
// client might write it, to see that pages wrap rather than overflow.
void storeDemoSessions(UiHarness& ui, bool longText = false);
void storeDemoCravings(UiHarness& ui, bool longText = false);
// Journal entries over three days, in English and Spanish, one with mood and tags, one edited
// (so it has an earlier version). Returns the ids, newest first.
std::vector<QUuid> storeDemoJournal(UiHarness& ui, bool longText = false);
// Homework at a clinic on 3 December 2026 (Chicago): a Task past its date, one due tomorrow, one
// without a date and with a long description, one done and not sent yet, one the clinic
// cancelled, and a PHQ-9 the client began on their own.
void storeDemoHomework(UiHarness& ui);

} // namespace stepstone::test
