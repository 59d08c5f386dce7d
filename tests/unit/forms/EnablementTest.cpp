#include "forms/Enablement.h"

#include "FormFixtures.h"

using namespace stepstone::forms;
using namespace stepstone::forms::test;

namespace {

ItemPath at(std::initializer_list<PathStep> steps) {
    return ItemPath(steps);
}

// The SDC guide's enableWhen test form: which items its answers switch on.
class SdcEnableWhenForm : public ::testing::Test {
protected:
    const Questionnaire form =
        sdcForm(QStringLiteral("Questionnaire-questionnaire-sdc-test-enableWhen.json"));
    const Enablement enablement{form};
    ResponseDraft draft = ResponseDraft::startedFrom(form);

    bool enabled(const char* group, const char* item) const {
        return enablement.isEnabled(
            draft, at({{QString::fromLatin1(group)}, {QString::fromLatin1(item)}}));
    }
    void answer(const char* group, const char* item, AnswerValue value) {
        draft.setAnswers(at({{QString::fromLatin1(group)}, {QString::fromLatin1(item)}}),
                         {std::move(value)});
    }
};

constexpr const char* kFirst = "3239e619-e2b9-492c-bf05-88b314fbe3e4";
constexpr const char* kYesNo = "83d5c1a6-5dc3-44d0-9d9e-d687c72e143e";
constexpr const char* kCodes = "02a7536f-06b2-4dee-94e1-f5cfcb0e8622";
constexpr const char* kDates = "02a7536f-06b2-4dee-94e1-f5cfcb088990";
constexpr const char* kRepeating = "02a7536f-06b2-4dee-94e1-f5cfcb0hd732";

} // namespace

TEST_F(SdcEnableWhenForm, ABooleanEqualsSwitchesItsItemsOnAndOff) {
    const char* shown = "e5da17a7-7546-45c5-9bcd-d0b09a74cc14";
    const char* anyGroup = "65578509-21ae-4a48-94de-e46b1e87d3fb";
    EXPECT_FALSE(enabled(kFirst, shown)) << "no answer meets =";
    answer(kFirst, kYesNo, true);
    EXPECT_TRUE(enabled(kFirst, shown));
    EXPECT_TRUE(enabled(kFirst, anyGroup));
    EXPECT_TRUE(enablement.isEnabled(
        draft, at({{kFirst}, {anyGroup}, {"65578509-21ae-4a48-94de-e46b1e54kjui"}})))
        << "an item under an enabled group";
    answer(kFirst, kYesNo, false);
    EXPECT_FALSE(enabled(kFirst, shown));
    EXPECT_FALSE(enablement.isEnabled(
        draft, at({{kFirst}, {anyGroup}, {"65578509-21ae-4a48-94de-e46b1e54kjui"}})))
        << "an item under a disabled group is disabled";
}

TEST_F(SdcEnableWhenForm, CodingsMatchOnSystemAndCodeForEqualAndNotEqual) {
    const char* choice = "1acf93a7-0890-44cd-be48-542defb35248";
    const char* whenYes = "945b97b5-6d74-4a55-9be1-1989751219fb";
    const char* unlessAsked = "fab7c5c4-0ac0-4afa-bd6d-c0ce4f5e0bdf";
    const char* v2 = "http://terminology.hl7.org/CodeSystem/v2-0532";
    EXPECT_FALSE(enabled(kCodes, whenYes));
    EXPECT_FALSE(enabled(kCodes, unlessAsked)) << "!= with no answer does not hold";
    answer(kCodes, choice, coding(v2, "Y"));
    EXPECT_TRUE(enabled(kCodes, whenYes));
    EXPECT_TRUE(enabled(kCodes, unlessAsked));
    answer(kCodes, choice, coding(v2, "ASKU"));
    EXPECT_FALSE(enabled(kCodes, whenYes));
    EXPECT_FALSE(enabled(kCodes, unlessAsked));
    answer(kCodes, choice, coding("http://example.org/other", "Y"));
    EXPECT_FALSE(enabled(kCodes, whenYes)) << "the same code in another system is another answer";
}

TEST_F(SdcEnableWhenForm, DatesAndTimesCompareByOrder) {
    answer(kDates, "date_of_birth_question", QDate(2000, 1, 2));
    EXPECT_TRUE(enabled(kDates, "date_greater_2000-01-01"));
    EXPECT_FALSE(enabled(kDates, "date_less_2000-01-01"));
    answer(kDates, "date_of_birth_question", QDate(2000, 1, 1));
    EXPECT_FALSE(enabled(kDates, "date_greater_2000-01-01"));
    EXPECT_TRUE(enabled(kDates, "date_less_2000-01-01")) << "<= holds on the day itself";
    answer(kDates, "datetime_question", QTime(11, 11, 12));
    EXPECT_TRUE(enabled(kDates, "datetime_question_greter_than"));
    EXPECT_FALSE(enabled(kDates, "datetime_question_less_than_equal"));
    answer(kDates, "datetime_question", QTime(11, 11, 11));
    EXPECT_FALSE(enabled(kDates, "datetime_question_greter_than"));
    EXPECT_TRUE(enabled(kDates, "datetime_question_less_than_equal"));
}

TEST_F(SdcEnableWhenForm, OneOfSeveralAnswersToARepeatingQuestionIsEnough) {
    draft.setAnswers(at({{kRepeating}, {"BC029"}}),
                     {coding("http://example.org", "1"), coding("http://example.org", "9")});
    EXPECT_TRUE(enabled(kRepeating, "BOWOPTOTH"));
    draft.setAnswers(at({{kRepeating}, {"BC029"}}), {coding("http://example.org", "1")});
    EXPECT_FALSE(enabled(kRepeating, "BOWOPTOTH"));
}

TEST_F(SdcEnableWhenForm, AnswersOfAnotherTypeThanTheConditionNeverMeetIt) {
    // The form compares choice answers (codings) with strings, integers and decimals; R4 asks
    // for the question's own type, so these conditions cannot hold, != included.
    answer(kFirst, "s1-radio", coding("http://example.org", "2"));
    EXPECT_FALSE(enabled(kFirst, "e5da17a7-7546-45c5-9bcd-d0b09a74ty76"));
    answer(kFirst, "5e1209b7-c9e0-4bf4-b228-fr096s903m25", coding("http://example.org", "8"));
    EXPECT_FALSE(enabled(kFirst, "65578509-21ae-4a48-3f56-aswtysn1238"));
}

TEST(Enablement, ExistsAsksWhetherThereIsAnAnswerAndAllOrAnyCombineConditions) {
    const Questionnaire form = formOf(R"([
        {"linkId": "a", "type": "string"}, {"linkId": "b", "type": "integer"},
        {"linkId": "ifA", "type": "string", "enableWhen": [
            {"question": "a", "operator": "exists", "answerBoolean": true}]},
        {"linkId": "unlessA", "type": "string", "enableWhen": [
            {"question": "a", "operator": "exists", "answerBoolean": false}]},
        {"linkId": "both", "type": "string", "enableBehavior": "all", "enableWhen": [
            {"question": "a", "operator": "exists", "answerBoolean": true},
            {"question": "b", "operator": ">", "answerInteger": 5}]},
        {"linkId": "either", "type": "string", "enableBehavior": "any", "enableWhen": [
            {"question": "a", "operator": "exists", "answerBoolean": true},
            {"question": "b", "operator": ">", "answerInteger": 5}]}
    ])");
    const Enablement enablement(form);
    ResponseDraft draft = ResponseDraft::startedFrom(form);
    const auto on = [&](const char* linkId) {
        return enablement.isEnabled(draft, at({{QString::fromLatin1(linkId)}}));
    };
    EXPECT_FALSE(on("ifA"));
    EXPECT_TRUE(on("unlessA"));
    EXPECT_FALSE(on("both"));
    EXPECT_FALSE(on("either"));
    draft.setAnswers(at({{"b"}}), {qint64(6)});
    EXPECT_FALSE(on("both"));
    EXPECT_TRUE(on("either"));
    draft.setAnswers(at({{"a"}}), {QStringLiteral("x")});
    EXPECT_TRUE(on("ifA"));
    EXPECT_FALSE(on("unlessA"));
    EXPECT_TRUE(on("both"));
    draft.setAnswers(at({{"b"}}), {qint64(5)});
    EXPECT_FALSE(on("both"));
    EXPECT_TRUE(on("either"));
}

TEST(Enablement, ARealFormsExistsConditionReadsAsWritten) {
    // R4's own example with exists (hl7.fhir.r4.examples Questionnaire-bb), shaped the same way.
    const Questionnaire form = formOf(R"([
        {"linkId": "vitaminKgiven", "type": "choice", "answerOption": [
            {"valueCoding": {"code": "INJECTION"}}, {"valueCoding": {"code": "INTRAVENOUS"}}]},
        {"linkId": "vitaminKgivenDoses", "type": "group", "enableWhen": [
            {"question": "vitaminKgiven", "operator": "exists", "answerBoolean": true}],
         "item": [{"linkId": "vitaminKDose1", "type": "dateTime"}]}
    ])");
    const Enablement enablement(form);
    ResponseDraft draft = ResponseDraft::startedFrom(form);
    EXPECT_FALSE(enablement.isEnabled(draft, at({{"vitaminKgivenDoses"}, {"vitaminKDose1"}})));
    draft.setAnswers(at({{"vitaminKgiven"}}), {coding("", "INJECTION")});
    EXPECT_TRUE(enablement.isEnabled(draft, at({{"vitaminKgivenDoses"}, {"vitaminKDose1"}})));
}

TEST(Enablement, InARepeatingGroupEachInstanceReadsItsOwnAnswer) {
    // A chain analysis: each link of the chain asks "was it a thought?" and only then "which".
    const Questionnaire form = formOf(R"([
        {"linkId": "before", "type": "boolean"},
        {"linkId": "link", "type": "group", "repeats": true, "item": [
            {"linkId": "thought", "type": "boolean"},
            {"linkId": "which", "type": "string", "enableWhen": [
                {"question": "thought", "operator": "=", "answerBoolean": true}]},
            {"linkId": "early", "type": "string", "enableWhen": [
                {"question": "before", "operator": "=", "answerBoolean": true}]}]}
    ])");
    const Enablement enablement(form);
    ResponseDraft draft = ResponseDraft::startedFrom(form);
    const ItemPath second = draft.addInstance(at({{"link", 0}}));
    ASSERT_EQ(second, at({{"link", 1}}));
    draft.setAnswers(at({{"link", 1}, {"thought"}}), {true});
    draft.setAnswers(at({{"link", 0}, {"thought"}}), {false});
    EXPECT_FALSE(enablement.isEnabled(draft, at({{"link", 0}, {"which"}})));
    EXPECT_TRUE(enablement.isEnabled(draft, at({{"link", 1}, {"which"}})));
    draft.setAnswers(at({{"before"}}), {true});
    EXPECT_TRUE(enablement.isEnabled(draft, at({{"link", 0}, {"early"}})))
        << "a question outside the group counts in every instance";
    EXPECT_TRUE(enablement.isEnabled(draft, at({{"link", 1}, {"early"}})));
}

TEST(Enablement, AnswersOfItemsThatBecomeDisabledAreRemovedAndTheChangeCascades) {
    const Questionnaire form = formOf(R"([
        {"linkId": "used", "type": "boolean"},
        {"linkId": "what", "type": "string", "enableWhen": [
            {"question": "used", "operator": "=", "answerBoolean": true}]},
        {"linkId": "more", "type": "group", "enableWhen": [
            {"question": "what", "operator": "exists", "answerBoolean": true}], "item": [
            {"linkId": "amount", "type": "decimal"}]},
        {"linkId": "link", "type": "group", "repeats": true, "item": [
            {"linkId": "thought", "type": "boolean"},
            {"linkId": "which", "type": "string", "enableWhen": [
                {"question": "thought", "operator": "=", "answerBoolean": true}]}]}
    ])");
    const Enablement enablement(form);
    ResponseDraft draft = ResponseDraft::startedFrom(form);
    draft.setAnswers(at({{"used"}}), {true});
    draft.setAnswers(at({{"what"}}), {QStringLiteral("beer")});
    draft.setAnswers(at({{"more"}, {"amount"}}), {2.5});
    draft.addInstance(at({{"link"}}));
    for (int instance : {0, 1}) {
        draft.setAnswers(at({{"link", instance}, {"thought"}}), {true});
        draft.setAnswers(at({{"link", instance}, {"which"}}), {QStringLiteral("I can't")});
    }
    EXPECT_TRUE(enablement.pruneDisabled(draft).empty()) << "everything answered is enabled";

    draft.setAnswers(at({{"used"}}), {false});
    draft.setAnswers(at({{"link", 1}, {"thought"}}), {false});
    const std::vector<ItemPath> cleared = enablement.pruneDisabled(draft);
    EXPECT_TRUE(draft.answers(at({{"what"}})).empty());
    EXPECT_TRUE(draft.answers(at({{"more"}, {"amount"}})).empty())
        << "clearing 'what' switched the group off in turn";
    EXPECT_TRUE(draft.answers(at({{"link", 1}, {"which"}})).empty());
    EXPECT_EQ(draft.answers(at({{"link", 0}, {"which"}})).size(), 1u)
        << "the other instance keeps its answer";
    EXPECT_EQ(draft.answers(at({{"used"}})).size(), 1u);
    EXPECT_EQ(cleared.size(), 3u);
}
