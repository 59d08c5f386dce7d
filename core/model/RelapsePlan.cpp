#include "model/RelapsePlan.h"

namespace stepstone {

bool PlanEntry::isBlank() const {
    return text.trimmed().isEmpty() && phone.trimmed().isEmpty() && whenToCall.trimmed().isEmpty();
}

const std::vector<PlanEntry>& RelapsePlan::section(const QString& linkId) const {
    static const std::vector<PlanEntry> none;
    const auto found = content.find(linkId);
    return found == content.end() ? none : found->second;
}

bool RelapsePlan::isEmpty() const {
    for (const auto& [linkId, entries] : content)
        if (!entries.empty())
            return false;
    return true;
}

QString planContentProblem(const PlanContent& content) {
    for (const auto& [linkId, entries] : content) {
        if (linkId.isEmpty())
            return QStringLiteral("a section without a linkId");
        if (entries.size() > size_t(RelapsePlan::kMaxEntriesPerSection))
            return QStringLiteral("section %1 has more than %2 entries")
                .arg(linkId)
                .arg(RelapsePlan::kMaxEntriesPerSection);
        for (const PlanEntry& entry : entries) {
            if (entry.text.trimmed().isEmpty())
                return QStringLiteral("an entry of section %1 has no text").arg(linkId);
            if (entry.text.size() > PlanEntry::kMaxTextLength ||
                entry.phone.size() > PlanEntry::kMaxTextLength ||
                entry.whenToCall.size() > PlanEntry::kMaxTextLength)
                return QStringLiteral("an entry of section %1 is too long").arg(linkId);
        }
    }
    return {};
}

} // namespace stepstone
