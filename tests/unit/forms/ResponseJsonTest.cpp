#include "forms/ResponseJson.h"

#include "FormFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace stepstone::forms;
using namespace stepstone::forms::test;

namespace {

const QByteArray kEveryType = R"([
    {"linkId": "intro", "type": "display", "text": "Take your time."},
    {"linkId": "s", "type": "string", "text": "Where were you?"},
    {"linkId": "t", "type": "text"}, {"linkId": "b", "type": "boolean"},
    {"linkId": "i", "type": "integer"}, {"linkId": "d", "type": "decimal"},
    {"linkId": "da", "type": "date"}, {"linkId": "dt", "type": "dateTime"},
    {"linkId": "ti", "type": "time"}, {"linkId": "q", "type": "quantity"},
    {"linkId": "c", "type": "choice", "repeats": true, "answerOption": [
        {"valueCoding": {"system": "https://example.org/skills", "code": "walk"}},
        {"valueCoding": {"system": "https://example.org/skills", "code": "call"}}]},
    {"linkId": "oc", "type": "open-choice", "answerOption": [{"valueString": "home"}]},
    {"linkId": "link", "type": "group", "repeats": true, "item": [
        {"linkId": "what", "type": "string"},
        {"linkId": "feel", "type": "integer"}]},
    {"linkId": "used", "type": "boolean", "item": [{"linkId": "amount", "type": "string"}]},
    {"linkId": "unsure", "type": "attachment"},
    {"linkId": "empty", "type": "group", "item": [{"linkId": "e", "type": "string"}]}
])";

ResponseDraft everyTypeAnswered(const Questionnaire& form) {
    ResponseDraft draft = ResponseDraft::startedFrom(form);
    draft.setAnswers({{"s"}}, {QStringLiteral("At work, after <b>lunch</b>")});
    draft.setAnswers({{"t"}}, {QStringLiteral("Two lines\nof text")});
    draft.setAnswers({{"b"}}, {false});
    draft.setAnswers({{"i"}}, {qint64(7)});
    draft.setAnswers({{"d"}}, {7.5});
    draft.setAnswers({{"da"}}, {QDate(2026, 12, 4)});
    draft.setAnswers({{"dt"}},
                     {QDateTime(QDate(2026, 12, 4), QTime(23, 30), QTimeZone(-6 * 3600))});
    draft.setAnswers({{"ti"}}, {QTime(6, 45)});
    draft.setAnswers({{"q"}}, {Quantity{2, QStringLiteral("cups"), {}, {}}});
    draft.setAnswers({{"c"}}, {coding("https://example.org/skills", "walk"),
                               coding("https://example.org/skills", "call")});
    draft.setAnswers({{"oc"}}, {QStringLiteral("my sister's")});
    draft.addInstance({{"link"}});
    draft.setAnswers({{"link", 0}, {"what"}}, {QStringLiteral("a text from an old friend")});
    draft.setAnswers({{"link", 1}, {"feel"}}, {qint64(4)});
    draft.setAnswers({{"used"}}, {true});
    draft.setAnswers({{"used"}, {"amount"}}, {QStringLiteral("two beers")});
    return draft;
}

} // namespace

TEST(ResponseJson, ADraftOfEveryItemTypeReadsBackAsItWas) {
    const Questionnaire form = formOf(kEveryType);
    const ResponseDraft draft = everyTypeAnswered(form);
    const QJsonObject json =
        responseJson(form, draft,
                     {QStringLiteral("https://example.org/Q/test|1"), QStringLiteral("in-progress"),
                      QStringLiteral("urn:uuid:4b8e4b0c-2a3e-4f9b-9d4e-0a4a5f2b9c11"),
                      QDateTime(QDate(2026, 12, 4), QTime(23, 31), QTimeZone(-6 * 3600))});
    EXPECT_EQ(json.value("authored").toString(), QStringLiteral("2026-12-04T23:31:00-06:00"));
    EXPECT_EQ(json.value("questionnaire").toString(),
              QStringLiteral("https://example.org/Q/test|1"));

    const ReadResponse back = draftFromJson(form, json);
    EXPECT_TRUE(back.unplaced.isEmpty()) << qPrintable(back.unplaced.join(','));
    EXPECT_EQ(back.draft, draft);
    EXPECT_EQ(back.draft.answers({{"dt"}}).at(0), draft.answers({{"dt"}}).at(0));
    EXPECT_EQ(std::get<QDateTime>(back.draft.answers({{"dt"}}).at(0)).offsetFromUtc(), -6 * 3600)
        << "the client's UTC offset is kept";
}

TEST(ResponseJson, WritesNothingEmptyAndNestsAsR4Asks) {
    const Questionnaire form = formOf(kEveryType);
    const QJsonObject json = responseJson(
        form, everyTypeAnswered(form), {QStringLiteral("x"), QStringLiteral("completed"), {}, {}});
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    EXPECT_FALSE(text.contains("[]")) << text.constData();
    EXPECT_FALSE(text.contains("{}")) << text.constData();
    EXPECT_FALSE(text.contains("\"intro\"")) << "a display item has no place in a response";
    EXPECT_FALSE(text.contains("\"empty\"")) << "a group with nothing answered is left out";
    EXPECT_FALSE(json.contains("identifier"));

    QStringList order;
    QJsonObject used;
    int links = 0;
    for (const auto& item : json.value("item").toArray()) {
        order.append(item.toObject().value("linkId").toString());
        links += order.last() == u"link";
        if (order.last() == u"used")
            used = item.toObject();
    }
    EXPECT_EQ(order, (QStringList{"s", "t", "b", "i", "d", "da", "dt", "ti", "q", "c", "oc", "link",
                                  "link", "used"}));
    EXPECT_EQ(links, 2) << "one item per instance of a repeating group";
    EXPECT_EQ(used.value("answer")
                  .toArray()
                  .at(0)
                  .toObject()
                  .value("item")
                  .toArray()
                  .at(0)
                  .toObject()
                  .value("linkId")
                  .toString(),
              QStringLiteral("amount"))
        << "a question's children go under its answer";
    EXPECT_FALSE(used.contains("item"));
}

TEST(ResponseJson, AnswersThatFitNoItemOfTheFormAreListedNotGuessed) {
    const Questionnaire form = formOf(R"([
        {"linkId": "a", "type": "string"}, {"linkId": "g", "type": "group", "item": [
            {"linkId": "n", "type": "integer"}]}])");
    const QJsonObject response = QJsonDocument::fromJson(R"({
        "resourceType": "QuestionnaireResponse", "status": "in-progress", "item": [
            {"linkId": "a", "answer": [{"valueString": "kept"}, {"valueString": "second"}]},
            {"linkId": "gone", "answer": [{"valueString": "x"}]},
            {"linkId": "g", "item": [{"linkId": "n", "answer": [{"valueString": "seven"}]}]},
            {"linkId": "g", "item": [{"linkId": "n", "answer": [{"valueInteger": 7}]}]}]})")
                                     .object();
    const ReadResponse read = draftFromJson(form, response);
    EXPECT_EQ(read.draft.answers({{"a"}}), std::vector<AnswerValue>{QStringLiteral("kept")});
    EXPECT_TRUE(read.draft.answers({{"g"}, {"n"}}).empty());
    EXPECT_EQ(read.unplaced, (QStringList{"a", "gone", "n", "g"}));
}

TEST(ResponseJson, ItemsCarryTheFormsOwnWordsNotTheTranslationTheClientRead) {
    const QByteArray json = R"({"resourceType": "Questionnaire", "status": "active", "item": [
        {"linkId": "f", "type": "string", "text": "Feeling", "_text": {"extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/translation", "extension": [
                {"url": "lang", "valueCode": "es"}, {"url": "content", "valueString": "Sentimiento"}]}]}}]})";
    const Questionnaire form = *parseQuestionnaire(json, {}, QStringLiteral("es"));
    ASSERT_EQ(form.items[0].text, QStringLiteral("Sentimiento"));
    ResponseDraft draft;
    draft.setAnswers({{"f"}}, {QStringLiteral("tranquila")});
    const QJsonObject response = responseJson(form, draft, {});
    EXPECT_EQ(response.value("item").toArray().at(0).toObject().value("text").toString(),
              QStringLiteral("Feeling"));
}
