#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <map>
#include <optional>
#include <vector>

namespace stepstone {

// One item of a plan section: a line the client wrote ("Call Sam and walk the dog"), or a
// person or service with a phone. The phone is kept exactly as written ("call mom" included);
// whether it can be dialled is the app's question, not the plan's.
struct PlanEntry {
    static constexpr int kMaxTextLength = 2000;

    QString text; // the line, or the person's name
    QString phone;
    QString whenToCall;

    bool isBlank() const;
    bool operator==(const PlanEntry&) const = default;
};

// What the client wrote, by section (the Questionnaire's linkId), each in the client's order.
// A section not present is empty.
using PlanContent = std::map<QString, std::vector<PlanEntry>>;

// The sections the rest of the app reaches for by name ("I need help now", a high craving).
namespace planSections {
inline constexpr char kCoping[] = "coping";
inline constexpr char kPeople[] = "people";
inline constexpr char kProfessionals[] = "professionals";
inline constexpr char kAfterLapse[] = "after-lapse";
} // namespace planSections

// The client's relapse-prevention plan: one per profile, filled against a Questionnaire
// (its canonial URL|version), kept so that it can be shared as a QuestionnaireResponse.
struct RelapsePlan {
    static constexpr int kMaxEntriesPerSection = 100;

    QUuid id; // null until first saved
    QString questionnaire;
    PlanContent content;
    QDateTime createdAt; // with the offset the client was at
    QDateTime updatedAt;
    std::optional<QDateTime> deletedAt;

    // The entries of one section, empty when it has none.
    const std::vector<PlanEntry>& section(const QString& linkId) const;
    bool isEmpty() const;
};

// Why `content` cannot be kept as it is (an entry over kMaxTextLength, too many entries, an
// entry with no text), for the developer; empty when it can. Never quotes the client's words.
QString planContentProblem(const PlanContent& content);

} // namespace stepstone
