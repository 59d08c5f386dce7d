#include "forms/ScoreAnswers.h"

#include "FormFixtures.h"
#include "forms/CrisisPrompt.h"
#include "forms/ResponseJson.h"

using namespace stepstone::forms;
using namespace stepstone::forms::test;

namespace {

QByteArray calculated(const char* expression) {
    return QByteArray(R"("extension": [{"url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/)"
                      R"(sdc-questionnaire-calculatedExpression", "valueExpression": )"
                      R"({"language": "text/fhirpath", "expression": ")") +
           expression + R"("}}])";
}

QSet<QString> rescored(const Questionnaire& form, ResponseDraft& draft) {
    return rescore(form, draft);
}

} // namespace

TEST(ScoreAnswers, WorkedOutValuesBecomeAnswersAndNothingWorkedOutIsNoAnswerNotZero) {
    const Questionnaire form =
        formOf(R"([
        {"linkId": "a", "type": "integer"}, {"linkId": "b", "type": "integer"},
        {"linkId": "total", "type": "integer", "readOnly": true, )" +
               calculated("%resource.item.answer.value.sum()") + R"(},
        {"linkId": "broken", "type": "integer", "readOnly": true, )" +
               calculated("%resource.item.nosuchfunction()") + R"(},
        {"linkId": "link", "type": "group", "repeats": true, "item": [
            {"linkId": "n", "type": "integer"},
            {"linkId": "double", "type": "integer", "readOnly": true, )" +
               calculated("%context.item.where(linkId='n').answer.value * 2") +
               R"(}]}
    ])");
    ResponseDraft draft = ResponseDraft::startedFrom(form);
    QSet<QString> failed = rescored(form, draft);
    EXPECT_TRUE(draft.answers({{"total"}}).empty()) << "no answers: no total, not 0";
    EXPECT_TRUE(failed.contains(QStringLiteral("broken")));
    EXPECT_TRUE(draft.answers({{"broken"}}).empty());

    draft.setAnswers({{"a"}}, {qint64(2)});
    draft.setAnswers({{"b"}}, {qint64(5)});
    draft.addInstance({{"link"}});
    draft.setAnswers({{"link", 0}, {"n"}}, {qint64(3)});
    draft.setAnswers({{"link", 1}, {"n"}}, {qint64(4)});
    rescored(form, draft);
    EXPECT_EQ(draft.answers({{"total"}}), std::vector<AnswerValue>{qint64(7)});
    rescored(form, draft);
    EXPECT_EQ(draft.answers({{"total"}}), std::vector<AnswerValue>{qint64(7)})
        << "worked out again, the total does not count itself";
    EXPECT_EQ(draft.answers({{"link", 0}, {"double"}}), std::vector<AnswerValue>{qint64(6)});
    EXPECT_EQ(draft.answers({{"link", 1}, {"double"}}), std::vector<AnswerValue>{qint64(8)})
        << "one value per instance of a repeating group";

    draft.setAnswers({{"a"}}, {});
    draft.setAnswers({{"b"}}, {});
    draft.removeInstance({{"link", 1}});
    draft.setAnswers({{"link", 0}, {"n"}}, {});
    rescored(form, draft);
    EXPECT_TRUE(draft.answers({{"total"}}).empty()) << "answers taken back take the total too";
}

TEST(CrisisPrompt, ThePhq9sItem9AboveNotAtAllOffersTheCrisisLines) {
    QFile file(QStringLiteral(STEPSTONE_ASSETS_DIR "/forms/phq-9.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Questionnaire form = *parseQuestionnaire(file.readAll());
    const ItemPath ninth{{"phq-9-items"}, {"44260-8"}};
    const auto offers = [&](const char* code) {
        ResponseDraft draft = ResponseDraft::startedFrom(form);
        if (code)
            draft.setAnswers(ninth, {coding("http://loinc.org", code)});
        return offersCrisisLines(form, responseJson(form, draft, {}));
    };
    EXPECT_FALSE(offers(nullptr));
    EXPECT_FALSE(offers("LA6568-5")) << "not at all";
    EXPECT_TRUE(offers("LA6569-3")) << "several days";
    EXPECT_TRUE(offers("LA6571-9")) << "nearly every day";
}
