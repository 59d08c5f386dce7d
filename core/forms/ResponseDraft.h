#pragma once

#include "forms/AnswerValue.h"
#include "forms/ItemPath.h"
#include "forms/Questionnaire.h"

#include <functional>
#include <map>
#include <vector>

namespace stepstone::forms {

// The answers a client has given so far to one form, by where each lives. It knows nothing of
// enableWhen or validity (Enablement and Validation do); it only holds answers and how many
// times each repeating group is filled in.
class ResponseDraft {
public:
    // A draft before anything is answered: each item's initial values and initially selected
    // options, each group once.
    static ResponseDraft startedFrom(const Questionnaire& questionnaire);

    // The answers at `item`, empty when it has none; a repeating question may have several.
    const std::vector<AnswerValue>& answers(const ItemPath& item) const;
    // Replaces the answers at `item`; an empty list clears it.
    void setAnswers(const ItemPath& item, std::vector<AnswerValue> answers);
    // Clears the answers at `item` and everything under it; whether anything was cleared.
    bool clearUnder(const ItemPath& item);

    // How many instances a group has (at least 1); the last step's instance is ignored.
    int instanceCount(const ItemPath& group) const;
    // Adds an empty instance after the last one and returns its path.
    ItemPath addInstance(const ItemPath& group);
    // Removes one instance with its answers; later instances move up by one. The only
    // instance cannot be removed: it is cleared instead.
    void removeInstance(const ItemPath& instance);

    // Every item that has answers, in path order.
    const std::map<ItemPath, std::vector<AnswerValue>>& allAnswers() const { return m_answers; }
    bool hasAnswers() const { return !m_answers.empty(); }

    bool operator==(const ResponseDraft&) const = default;

private:
    std::map<ItemPath, std::vector<AnswerValue>> m_answers;
    // Keyed by the group's path with its last instance 0; only counts above 1 are kept.
    std::map<ItemPath, int> m_instanceCounts;
};

// Calls `visit` for each item of `questionnaire` as it stands in `draft`, in the form's order,
// parents before children: a repeating group once per instance, with its children under each.
using ItemVisitor =
    std::function<void(const QuestionnaireItem& item, const ItemPath& path, int depth)>;
void visitItems(const Questionnaire& questionnaire, const ResponseDraft& draft,
                const ItemVisitor& visit);

} // namespace stepstone::forms
