#include "forms/ResponseDraft.h"

#include <algorithm>

namespace stepstone::forms {

namespace {

ItemPath firstInstance(ItemPath path) {
    if (!path.empty())
        path.back().instance = 0;
    return path;
}

bool startsWith(const ItemPath& path, const ItemPath& prefix) {
    return path.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

// The key of `key` after the instance of `removed` was taken out: paths inside later instances
// of the same group move up by one; paths inside the removed one are nullopt.
std::optional<ItemPath> shifted(ItemPath key, const ItemPath& removed) {
    const size_t at = removed.size() - 1;
    if (key.size() <= at ||
        !std::equal(removed.begin(), removed.begin() + std::ptrdiff_t(at), key.begin()) ||
        key[at].linkId != removed[at].linkId)
        return key;
    if (key[at].instance == removed[at].instance)
        return std::nullopt;
    if (key[at].instance > removed[at].instance)
        --key[at].instance;
    return key;
}

template <class Value> void removeShifted(std::map<ItemPath, Value>& map, const ItemPath& removed) {
    std::map<ItemPath, Value> kept;
    for (auto& [key, value] : map)
        if (auto moved = shifted(key, removed))
            kept.emplace(std::move(*moved), std::move(value));
    map = std::move(kept);
}

void seed(ResponseDraft& draft, const std::vector<QuestionnaireItem>& items, const ItemPath& at) {
    for (const QuestionnaireItem& item : items) {
        const ItemPath path = childPath(at, item.linkId);
        std::vector<AnswerValue> initial = item.initial;
        for (const AnswerOption& option : item.answerOptions)
            if (option.initialSelected)
                initial.push_back(option.value);
        if (!item.repeats && initial.size() > 1)
            initial.resize(1);
        if (!initial.empty() && item.type != ItemType::Group && item.type != ItemType::Display)
            draft.setAnswers(path, std::move(initial));
        seed(draft, item.items, path);
    }
}

void visitEach(const std::vector<QuestionnaireItem>& items, const ResponseDraft& draft,
               const ItemPath& at, int depth, const ItemVisitor& visit) {
    for (const QuestionnaireItem& item : items) {
        const ItemPath first = childPath(at, item.linkId);
        const int instances =
            item.type == ItemType::Group && item.repeats ? draft.instanceCount(first) : 1;
        for (int instance = 0; instance < instances; ++instance) {
            const ItemPath path = childPath(at, item.linkId, instance);
            visit(item, path, depth);
            visitEach(item.items, draft, path, depth + 1, visit);
        }
    }
}

} // namespace

ResponseDraft ResponseDraft::startedFrom(const Questionnaire& questionnaire) {
    ResponseDraft draft;
    seed(draft, questionnaire.items, {});
    return draft;
}

const std::vector<AnswerValue>& ResponseDraft::answers(const ItemPath& item) const {
    static const std::vector<AnswerValue> none;
    const auto found = m_answers.find(item);
    return found == m_answers.end() ? none : found->second;
}

void ResponseDraft::setAnswers(const ItemPath& item, std::vector<AnswerValue> answers) {
    if (answers.empty())
        m_answers.erase(item);
    else
        m_answers[item] = std::move(answers);
}

bool ResponseDraft::clearUnder(const ItemPath& item) {
    return std::erase_if(m_answers,
                         [&](const auto& entry) { return startsWith(entry.first, item); }) > 0;
}

int ResponseDraft::instanceCount(const ItemPath& group) const {
    const auto found = m_instanceCounts.find(firstInstance(group));
    return found == m_instanceCounts.end() ? 1 : found->second;
}

ItemPath ResponseDraft::addInstance(const ItemPath& group) {
    const int count = instanceCount(group);
    m_instanceCounts[firstInstance(group)] = count + 1;
    ItemPath added = group;
    added.back().instance = count;
    return added;
}

void ResponseDraft::removeInstance(const ItemPath& instance) {
    const int count = instanceCount(instance);
    if (count <= 1 || instance.back().instance >= count) {
        clearUnder(instance);
        return;
    }
    removeShifted(m_answers, instance);
    std::map<ItemPath, int> counts = m_instanceCounts;
    counts.erase(firstInstance(instance));
    removeShifted(counts, instance);
    if (count - 1 > 1)
        counts[firstInstance(instance)] = count - 1;
    m_instanceCounts = std::move(counts);
}

void visitItems(const Questionnaire& questionnaire, const ResponseDraft& draft,
                const ItemVisitor& visit) {
    visitEach(questionnaire.items, draft, {}, 0, visit);
}

} // namespace stepstone::forms
