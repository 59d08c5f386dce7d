#include "forms/ResponseDraft.h"

#include "FormFixtures.h"

using namespace stepstone::forms;
using namespace stepstone::forms::test;

TEST(ResponseDraft, StartsWithTheFormsInitialValuesAndSelectedOptions) {
    const Questionnaire form = formOf(R"([
        {"linkId": "n", "type": "integer", "initial": [{"valueInteger": 3}]},
        {"linkId": "c", "type": "choice", "repeats": true, "answerOption": [
            {"valueString": "walk", "initialSelected": true}, {"valueString": "call"},
            {"valueString": "breathe", "initialSelected": true}]},
        {"linkId": "one", "type": "choice", "answerOption": [
            {"valueString": "a", "initialSelected": true},
            {"valueString": "b", "initialSelected": true}]},
        {"linkId": "g", "type": "group", "item": [
            {"linkId": "s", "type": "string", "initial": [{"valueString": "hi"}]}]}
    ])");
    const ResponseDraft draft = ResponseDraft::startedFrom(form);
    EXPECT_EQ(draft.answers({{"n"}}), std::vector<AnswerValue>{qint64(3)});
    EXPECT_EQ(draft.answers({{"c"}}),
              (std::vector<AnswerValue>{QStringLiteral("walk"), QStringLiteral("breathe")}));
    EXPECT_EQ(draft.answers({{"one"}}), std::vector<AnswerValue>{QStringLiteral("a")})
        << "a question that does not repeat takes one answer";
    EXPECT_EQ(draft.answers({{"g"}, {"s"}}), std::vector<AnswerValue>{QStringLiteral("hi")});
}

TEST(ResponseDraft, RemovingAnInstanceMovesTheLaterOnesUpWithTheirAnswersAndInnerGroups) {
    ResponseDraft draft;
    const ItemPath group{{"link", 0}};
    draft.addInstance(group);
    draft.addInstance(group);
    ASSERT_EQ(draft.instanceCount(group), 3);
    for (int i = 0; i < 3; ++i)
        draft.setAnswers({{"link", i}, {"what"}}, {QString::number(i)});
    draft.addInstance({{"link", 2}, {"inner", 0}});
    draft.setAnswers({{"link", 2}, {"inner", 1}, {"x"}}, {true});

    draft.removeInstance({{"link", 1}});
    EXPECT_EQ(draft.instanceCount(group), 2);
    EXPECT_EQ(draft.answers({{"link", 0}, {"what"}}),
              std::vector<AnswerValue>{QStringLiteral("0")});
    EXPECT_EQ(draft.answers({{"link", 1}, {"what"}}),
              std::vector<AnswerValue>{QStringLiteral("2")});
    EXPECT_TRUE(draft.answers({{"link", 2}, {"what"}}).empty());
    EXPECT_EQ(draft.instanceCount({{"link", 1}, {"inner", 0}}), 2);
    EXPECT_EQ(draft.answers({{"link", 1}, {"inner", 1}, {"x"}}), std::vector<AnswerValue>{true});

    draft.removeInstance({{"link", 1}});
    draft.removeInstance({{"link", 0}});
    EXPECT_EQ(draft.instanceCount(group), 1);
    EXPECT_FALSE(draft.hasAnswers()) << "the only instance left is cleared, not removed";
}

TEST(ResponseDraft, VisitsEachInstanceOfARepeatingGroupInTheFormsOrder) {
    const Questionnaire form = formOf(R"([
        {"linkId": "intro", "type": "display", "text": "Hi"},
        {"linkId": "link", "type": "group", "repeats": true, "item": [
            {"linkId": "what", "type": "string"}]},
        {"linkId": "end", "type": "boolean"}
    ])");
    ResponseDraft draft = ResponseDraft::startedFrom(form);
    draft.addInstance({{"link"}});
    QStringList seen;
    visitItems(form, draft, [&](const QuestionnaireItem&, const ItemPath& path, int depth) {
        QStringList steps;
        for (const PathStep& step : path)
            steps.append(step.linkId + QString::number(step.instance));
        seen.append(QString::number(depth) + QLatin1Char(':') + steps.join(QLatin1Char('/')));
    });
    EXPECT_EQ(seen, (QStringList{"0:intro0", "0:link0", "1:link0/what0", "0:link1", "1:link1/what0",
                                 "0:end0"}));
}
