#include "forms/Validation.h"

#include "FormFixtures.h"

using namespace stepstone::forms;
using namespace stepstone::forms::test;

namespace {

std::vector<AnswerProblemKind> kinds(const std::vector<AnswerProblem>& problems) {
    std::vector<AnswerProblemKind> found;
    for (const AnswerProblem& problem : problems)
        found.push_back(problem.kind);
    return found;
}

} // namespace

TEST(FormValidation, RequiredItemsThatAreShownAndEnabledNeedAnAnswer) {
    const Questionnaire form = formOf(R"([
        {"linkId": "used", "type": "boolean", "required": true},
        {"linkId": "what", "type": "string", "required": true, "enableWhen": [
            {"question": "used", "operator": "=", "answerBoolean": true}]},
        {"linkId": "hidden", "type": "string", "required": true, "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
             "valueBoolean": true}]},
        {"linkId": "skills", "type": "group", "required": true, "item": [
            {"linkId": "walk", "type": "boolean"}, {"linkId": "call", "type": "boolean"}]}
    ])");
    const Enablement enablement(form);
    ResponseDraft draft = ResponseDraft::startedFrom(form);
    std::vector<AnswerProblem> problems = problemsIn(form, draft, enablement);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].item, ItemPath{{"used"}});
    EXPECT_EQ(problems[1].item, ItemPath{{"skills"}}) << "a required group needs one answer inside";

    draft.setAnswers({{"used"}}, {true});
    draft.setAnswers({{"skills"}, {"call"}}, {true});
    problems = problemsIn(form, draft, enablement);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].item, ItemPath{{"what"}}) << "now enabled, so now required";
    draft.setAnswers({{"used"}}, {false});
    EXPECT_TRUE(problemsIn(form, draft, enablement).empty());
}

TEST(FormValidation, LimitsOnLengthAndRangeAreReportedWithTheLimit) {
    const Questionnaire form = formOf(R"([
        {"linkId": "s", "type": "string", "maxLength": 5},
        {"linkId": "n", "type": "integer", "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0},
            {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 10}]}
    ])");
    const Enablement enablement(form);
    ResponseDraft draft = ResponseDraft::startedFrom(form);
    draft.setAnswers({{"s"}}, {QStringLiteral("sixsix")});
    draft.setAnswers({{"n"}}, {qint64(11)});
    std::vector<AnswerProblem> problems = problemsIn(form, draft, enablement);
    EXPECT_EQ(kinds(problems),
              (std::vector{AnswerProblemKind::TooLong, AnswerProblemKind::AboveMaximum}));
    EXPECT_EQ(problems[0].limit, 5);
    EXPECT_EQ(problems[1].limit, 10);
    draft.setAnswers({{"s"}}, {QStringLiteral("five5")});
    draft.setAnswers({{"n"}}, {qint64(-1)});
    EXPECT_EQ(kinds(problemsIn(form, draft, enablement)),
              std::vector{AnswerProblemKind::BelowMinimum});
    draft.setAnswers({{"n"}}, {qint64(10)});
    EXPECT_TRUE(problemsIn(form, draft, enablement).empty());
}

TEST(FormValidation, TypedTextIsReadInTheClientsLocaleOrRefusedWithItsKind) {
    const Questionnaire form = formOf(R"([
        {"linkId": "i", "type": "integer"}, {"linkId": "d", "type": "decimal"},
        {"linkId": "da", "type": "date"}, {"linkId": "ti", "type": "time"},
        {"linkId": "dt", "type": "dateTime"}, {"linkId": "s", "type": "string"},
        {"linkId": "q", "type": "quantity", "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
             "valueCoding": {"system": "http://unitsofmeasure.org", "code": "h", "display": "hours"}}]}
    ])");
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    const auto read = [&](int index, const char* text) {
        return typedAnswer(form.items[size_t(index)], QString::fromUtf8(text), spanish);
    };
    EXPECT_EQ(std::get<AnswerValue>(read(0, " 12 ")), AnswerValue(qint64(12)));
    EXPECT_EQ(std::get<AnswerProblemKind>(read(0, "abc")), AnswerProblemKind::NotWholeNumber);
    EXPECT_EQ(std::get<AnswerProblemKind>(read(0, "1,5")), AnswerProblemKind::NotWholeNumber);
    EXPECT_EQ(std::get<AnswerValue>(read(1, "7,5")), AnswerValue(7.5));
    EXPECT_EQ(std::get<AnswerValue>(read(1, "7.5")), AnswerValue(7.5)) << "as written in C too";
    EXPECT_EQ(std::get<AnswerProblemKind>(read(1, "seven")), AnswerProblemKind::NotNumber);
    EXPECT_EQ(std::get<AnswerProblemKind>(read(1, "inf")), AnswerProblemKind::NotNumber);
    EXPECT_EQ(std::get<AnswerValue>(read(2, "2026-12-05")), AnswerValue(QDate(2026, 12, 5)));
    EXPECT_EQ(std::get<AnswerProblemKind>(read(2, "05/12/2026")), AnswerProblemKind::NotDate);
    EXPECT_EQ(std::get<AnswerProblemKind>(read(2, "2026-02-30")), AnswerProblemKind::NotDate);
    EXPECT_EQ(std::get<AnswerValue>(read(3, "6:45")), AnswerValue(QTime(6, 45)));
    EXPECT_EQ(std::get<AnswerProblemKind>(read(3, "25:00")), AnswerProblemKind::NotTime);
    const auto moment = std::get<QDateTime>(std::get<AnswerValue>(read(4, "2026-12-05 21:15")));
    EXPECT_EQ(moment.time(), QTime(21, 15));
    EXPECT_NE(moment.timeSpec(), Qt::LocalTime) << "kept with the client's UTC offset";
    EXPECT_EQ(moment.offsetFromUtc(), QDateTime(QDate(2026, 12, 5), QTime(21, 15)).offsetFromUtc());
    EXPECT_EQ(std::get<AnswerProblemKind>(read(4, "tonight")), AnswerProblemKind::NotDateTime);
    EXPECT_TRUE(std::holds_alternative<std::nullopt_t>(read(5, "   ")));
    EXPECT_EQ(std::get<AnswerValue>(read(5, "  as typed ")),
              AnswerValue(QStringLiteral("  as typed ")))
        << "a client's words are kept as typed";
    const auto hours = std::get<Quantity>(std::get<AnswerValue>(read(6, "1,5")));
    EXPECT_EQ(hours.value, 1.5);
    EXPECT_EQ(hours.code, QStringLiteral("h"));
    EXPECT_EQ(hours.unit, QStringLiteral("hours"));
}
