#include "model/CravingLog.h"

namespace stepstone {

namespace {

struct TriggerCode {
    CravingTrigger trigger;
    const char* code;
};

constexpr TriggerCode kTriggerCodes[] = {
    {CravingTrigger::People, "people"}, {CravingTrigger::Places, "places"},
    {CravingTrigger::Things, "things"}, {CravingTrigger::Feelings, "feelings"},
    {CravingTrigger::Hungry, "hungry"}, {CravingTrigger::Angry, "angry"},
    {CravingTrigger::Lonely, "lonely"}, {CravingTrigger::Tired, "tired"},
};

struct OutcomeCode {
    CravingOutcome outcome;
    const char* code;
};

constexpr OutcomeCode kOutcomeCodes[] = {
    {CravingOutcome::Passed, "passed"},
    {CravingOutcome::StillGoing, "still-going"},
    {CravingOutcome::Used, "used"},
};

} // namespace

QString codeFor(CravingTrigger trigger) {
    for (const auto& entry : kTriggerCodes)
        if (entry.trigger == trigger)
            return QString::fromLatin1(entry.code);
    return {};
}

std::optional<CravingTrigger> cravingTriggerFromCode(QStringView code) {
    for (const auto& entry : kTriggerCodes)
        if (code == QLatin1String(entry.code))
            return entry.trigger;
    return std::nullopt;
}

QString codeFor(CravingOutcome outcome) {
    for (const auto& entry : kOutcomeCodes)
        if (entry.outcome == outcome)
            return QString::fromLatin1(entry.code);
    return {};
}

std::optional<CravingOutcome> cravingOutcomeFromCode(QStringView code) {
    for (const auto& entry : kOutcomeCodes)
        if (code == QLatin1String(entry.code))
            return entry.outcome;
    return std::nullopt;
}

bool CravingEntry::isValid() const {
    return occurredAt.isValid() && intensity >= kMinIntensity && intensity <= kMaxIntensity &&
           note.size() <= kMaxNoteLength && copingSkillId.size() <= 100;
}

} // namespace stepstone
