#include "forms/ScoreAnswers.h"

#include "forms/ResponseJson.h"
#include "forms/Scoring.h"

#include <QJsonArray>
#include <cmath>

namespace stepstone::forms {

namespace {

// One worked-out value as an answer of `item`'s type; nullopt when it is not of that kind.
std::optional<AnswerValue> answerOf(const QuestionnaireItem& item, const QJsonValue& value) {
    switch (item.type) {
    case ItemType::Integer:
        if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()))
            return AnswerValue(qint64(value.toDouble()));
        return std::nullopt;
    case ItemType::Decimal:
        return value.isDouble() ? std::optional(AnswerValue(value.toDouble())) : std::nullopt;
    case ItemType::Boolean:
        return value.isBool() ? std::optional(AnswerValue(value.toBool())) : std::nullopt;
    case ItemType::String:
    case ItemType::Text:
        return value.isString() ? std::optional(AnswerValue(value.toString())) : std::nullopt;
    case ItemType::Choice:
    case ItemType::OpenChoice: {
        // A coding the form lists is answered as the form lists it (its words included).
        const auto read = answerValueOf(QJsonObject{{QLatin1String("valueCoding"), value}},
                                        QLatin1String("value"));
        const auto* coding = std::get_if<AnswerValue>(&read);
        if (!coding)
            return std::nullopt;
        for (const AnswerOption& option : item.answerOptions)
            if (option.value == *coding)
                return option.value;
        return *coding;
    }
    default:
        return std::nullopt;
    }
}

std::vector<AnswerValue> answersOf(const QuestionnaireItem& item, const QJsonValue& value) {
    std::vector<AnswerValue> answers;
    const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const auto& one : values)
        if (auto answer = answerOf(item, one))
            answers.push_back(std::move(*answer));
    if (!item.repeats && answers.size() > 1)
        answers.clear(); // several values for one answer: the form's expression is at fault
    return answers;
}

} // namespace

QSet<QString> rescore(const Questionnaire& questionnaire, ResponseDraft& draft) {
    std::map<const QuestionnaireItem*, std::vector<ItemPath>> places;
    visitItems(questionnaire, draft, [&](const QuestionnaireItem& item, const ItemPath& path, int) {
        if (!item.calculatedExpression.isEmpty())
            places[&item].push_back(path);
    });
    if (places.empty())
        return {};
    for (const auto& [item, paths] : places)
        for (const ItemPath& path : paths)
            draft.setAnswers(path, {});
    const Scores scores = scoreResponse(questionnaire, responseJson(questionnaire, draft, {}));
    QSet<QString> failed;
    for (const ScoreProblem& problem : scores.problems)
        failed.insert(problem.linkId);
    for (const auto& [item, paths] : places) {
        const QString& linkId = item->linkId;
        const QJsonValue value = scores.values.value(linkId);
        // In a repeating group the values come one per instance, in order.
        const bool perInstance =
            paths.size() > 1 || (value.isArray() && !item->repeats && value.toArray().size() == 1);
        for (size_t i = 0; i < paths.size(); ++i) {
            const QJsonValue mine =
                perInstance && value.isArray() ? value.toArray().at(qsizetype(i)) : value;
            draft.setAnswers(paths[i], mine.isUndefined() || mine.isNull()
                                           ? std::vector<AnswerValue>{}
                                           : answersOf(*item, mine));
        }
    }
    return failed;
}

} // namespace stepstone::forms
