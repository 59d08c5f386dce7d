#include "forms/Enablement.h"

#include "forms/AnswerComparison.h"

namespace stepstone::forms {

namespace {

void index(const std::vector<QuestionnaireItem>& items, const QStringList& above,
           QHash<QString, const QuestionnaireItem*>& byLinkId,
           QHash<QString, QStringList>& chains) {
    for (const QuestionnaireItem& item : items) {
        QStringList chain = above;
        chain.append(item.linkId);
        byLinkId.insert(item.linkId, &item);
        chains.insert(item.linkId, chain);
        index(item.items, chain, byLinkId, chains);
    }
}

// Every instance path of `chain` below `from` (steps [0, from) taken as given).
void instancesOf(const ResponseDraft& draft, const QStringList& chain, qsizetype from,
                 ItemPath path, std::vector<ItemPath>& found) {
    if (from == chain.size()) {
        found.push_back(std::move(path));
        return;
    }
    path.push_back({chain[from], 0});
    const int instances = draft.instanceCount(path);
    for (int instance = 0; instance < instances; ++instance) {
        path.back().instance = instance;
        instancesOf(draft, chain, from + 1, path, found);
    }
}

bool holds(const EnableWhen& condition, const std::vector<AnswerValue>& answers) {
    if (condition.op == EnableOperator::Exists) {
        const auto* expected = std::get_if<bool>(&condition.answer);
        return expected && *expected == !answers.empty();
    }
    if (answers.empty())
        return false;
    if (condition.op == EnableOperator::NotEqual)
        return std::all_of(answers.begin(), answers.end(), [&](const AnswerValue& answer) {
            return meets(answer, condition.op, condition.answer);
        });
    return std::any_of(answers.begin(), answers.end(), [&](const AnswerValue& answer) {
        return meets(answer, condition.op, condition.answer);
    });
}

} // namespace

Enablement::Enablement(const Questionnaire& questionnaire)
    : m_questionnaire(questionnaire) {
    index(questionnaire.items, {}, m_items, m_chains);
}

bool Enablement::isEnabled(const ResponseDraft& draft, const ItemPath& item) const {
    ItemPath path;
    for (const PathStep& step : item) {
        path.push_back(step);
        const QuestionnaireItem* found = m_items.value(step.linkId);
        if (!found || !conditionsHold(draft, *found, path))
            return false;
    }
    return true;
}

bool Enablement::conditionsHold(const ResponseDraft& draft, const QuestionnaireItem& item,
                                const ItemPath& path) const {
    if (item.enableWhen.empty())
        return true;
    const auto conditionHolds = [&](const EnableWhen& condition) {
        return holds(condition, answersOf(draft, condition.question, path));
    };
    if (item.enableBehavior == EnableBehavior::Any)
        return std::any_of(item.enableWhen.begin(), item.enableWhen.end(), conditionHolds);
    return std::all_of(item.enableWhen.begin(), item.enableWhen.end(), conditionHolds);
}

std::vector<AnswerValue> Enablement::answersOf(const ResponseDraft& draft, const QString& question,
                                               const ItemPath& asking) const {
    const QStringList chain = m_chains.value(question);
    if (chain.isEmpty())
        return {};
    ItemPath shared;
    while (shared.size() < asking.size() && qsizetype(shared.size()) < chain.size() &&
           asking[shared.size()].linkId == chain[qsizetype(shared.size())])
        shared.push_back(asking[shared.size()]);
    if (qsizetype(shared.size()) == chain.size())
        shared.back().instance = 0; // the question itself: its answers hold its repetitions
    std::vector<ItemPath> paths;
    instancesOf(draft, chain, qsizetype(shared.size()), shared, paths);
    std::vector<AnswerValue> answers;
    for (const ItemPath& path : paths) {
        const auto& given = draft.answers(path);
        answers.insert(answers.end(), given.begin(), given.end());
    }
    return answers;
}

std::vector<ItemPath> Enablement::pruneDisabled(ResponseDraft& draft) const {
    std::vector<ItemPath> cleared;
    for (bool changed = true; changed;) {
        changed = false;
        std::vector<ItemPath> disabled;
        visitItems(m_questionnaire, draft,
                   [&](const QuestionnaireItem&, const ItemPath& path, int) {
                       if (!isEnabled(draft, path))
                           disabled.push_back(path);
                   });
        for (const ItemPath& path : disabled)
            if (draft.clearUnder(path)) {
                cleared.push_back(path);
                changed = true;
            }
    }
    return cleared;
}

} // namespace stepstone::forms
