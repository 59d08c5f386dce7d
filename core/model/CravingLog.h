#pragma once

#include <QDateTime>
#include <QFlags>
#include <QString>
#include <QUuid>
#include <optional>

namespace stepstone {

enum class CravingTrigger : quint16 {
    People = 1 << 0,
    Places = 1 << 1,
    Things = 1 << 2,
    Feelings = 1 << 3,
    Hungry = 1 << 4,
    Angry = 1 << 5,
    Lonely = 1 << 6,
    Tired = 1 << 7,
};
Q_DECLARE_FLAGS(CravingTriggers, CravingTrigger)
Q_DECLARE_OPERATORS_FOR_FLAGS(CravingTriggers)

inline constexpr CravingTrigger kAllCravingTriggers[] = {
    CravingTrigger::People,   CravingTrigger::Places, CravingTrigger::Things,
    CravingTrigger::Feelings, CravingTrigger::Hungry, CravingTrigger::Angry,
    CravingTrigger::Lonely,   CravingTrigger::Tired,
};

enum class CravingOutcome { Passed, StillGoing, Used };

// Stable codes for storage and, later, the FHIR mapping; never shown to the client.
QString codeFor(CravingTrigger trigger);
std::optional<CravingTrigger> cravingTriggerFromCode(QStringView code);
QString codeFor(CravingOutcome outcome);
std::optional<CravingOutcome> cravingOutcomeFromCode(QStringView code);

// What the client enters; the store adds identity and times.
struct CravingEntry {
    static constexpr int kMinIntensity = 0;
    static constexpr int kMaxIntensity = 10;
    static constexpr int kMaxNoteLength = 4000;

    // Stored with its UTC offset, and read back with it (Qt::OffsetFromUTC; Qt::UTC for offset 0
    // and for logs saved before offsets were kept), so the clinic sees the client's local hour.
    QDateTime occurredAt;
    int intensity = 5;
    CravingTriggers triggers;
    QString note;
    QString copingSkillId;
    CravingOutcome outcome = CravingOutcome::StillGoing;

    bool isValid() const;
    bool operator==(const CravingEntry&) const = default;
};

struct CravingLog {
    QUuid id;
    CravingEntry entry;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> deletedAt;
};

} // namespace stepstone
