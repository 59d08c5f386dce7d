// scripts/bench forms: opening and scoring a 200-item form as the app does on every answer
// (read the Questionnaire, read the saved response into a draft, work the scores out) against
// reading the same two JSON documents with QJsonDocument alone.
#include "Comparison.h"
#include "forms/QuestionnaireParser.h"
#include "forms/ResponseJson.h"
#include "forms/ScoreAnswers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stepstone::bench {

namespace {

constexpr int kGroups = 20;
constexpr int kItemsPerGroup = 10; // 200 questions, as a long clinic form has

QJsonObject ordinal(const char* code, int value) {
    return QJsonObject{
        {QStringLiteral("valueCoding"),
         QJsonObject{{QStringLiteral("system"), QStringLiteral("http://loinc.org")},
                     {QStringLiteral("code"), QLatin1String(code)}}},
        {QStringLiteral("extension"),
         QJsonArray{
             QJsonObject{{QStringLiteral("url"),
                          QStringLiteral("http://hl7.org/fhir/StructureDefinition/ordinalValue")},
                         {QStringLiteral("valueDecimal"), value}}}}};
}

// A form of 20 groups of 10 scored questions, each group's last question shown only when its
// first is answered above 0, and a total over every answer.
QByteArray longForm() {
    const QJsonArray options{ordinal("LA6568-5", 0), ordinal("LA6569-3", 1), ordinal("LA6570-1", 2),
                             ordinal("LA6571-9", 3)};
    QJsonArray groups;
    for (int g = 0; g < kGroups; ++g) {
        QJsonArray items;
        for (int i = 0; i < kItemsPerGroup; ++i) {
            QJsonObject item{{QStringLiteral("linkId"), QStringLiteral("q%1-%2").arg(g).arg(i)},
                             {QStringLiteral("text"), QStringLiteral("Question %1").arg(i)},
                             {QStringLiteral("type"), QStringLiteral("choice")},
                             {QStringLiteral("answerOption"), options}};
            if (i == kItemsPerGroup - 1)
                item.insert(QStringLiteral("enableWhen"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("question"), QStringLiteral("q%1-0").arg(g)},
                                {QStringLiteral("operator"), QStringLiteral("!=")},
                                {QStringLiteral("answerCoding"),
                                 options[0].toObject().value(QStringLiteral("valueCoding"))}}});
            items.append(item);
        }
        groups.append(QJsonObject{{QStringLiteral("linkId"), QStringLiteral("g%1").arg(g)},
                                  {QStringLiteral("type"), QStringLiteral("group")},
                                  {QStringLiteral("item"), items}});
    }
    groups.append(QJsonObject{
        {QStringLiteral("linkId"), QStringLiteral("total")},
        {QStringLiteral("type"), QStringLiteral("integer")},
        {QStringLiteral("readOnly"), true},
        {QStringLiteral("extension"),
         QJsonArray{QJsonObject{
             {QStringLiteral("url"),
              QStringLiteral("http://hl7.org/fhir/uv/sdc/StructureDefinition/"
                             "sdc-questionnaire-calculatedExpression")},
             {QStringLiteral("valueExpression"),
              QJsonObject{
                  {QStringLiteral("language"), QStringLiteral("text/fhirpath")},
                  {QStringLiteral("expression"),
                   QStringLiteral("%resource.item.item.answer.value.ordinal().sum()")}}}}}}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Questionnaire")},
                           {QStringLiteral("status"), QStringLiteral("active")},
                           {QStringLiteral("item"), groups}})
        .toJson(QJsonDocument::Compact);
}

// Every question answered, as a saved draft is.
QByteArray answeredResponse(const QByteArray& formJson) {
    const forms::Questionnaire form = *forms::parseQuestionnaire(formJson);
    forms::ResponseDraft draft;
    for (int g = 0; g < kGroups; ++g)
        for (int i = 0; i < kItemsPerGroup; ++i)
            draft.setAnswers(
                {{QStringLiteral("g%1").arg(g)}, {QStringLiteral("q%1-%2").arg(g).arg(i)}},
                {form.items[size_t(g)].items[size_t(i)].answerOptions[size_t((g + i) % 4)].value});
    return QJsonDocument(
               forms::responseJson(form, draft,
                                   {QStringLiteral("x"), QStringLiteral("in-progress"), {}, {}}))
        .toJson(QJsonDocument::Compact);
}

const QByteArray& formJson() {
    static const QByteArray json = longForm();
    return json;
}

const QByteArray& responseJson() {
    static const QByteArray json = answeredResponse(formJson());
    return json;
}

void OpenAndScore(benchmark::State& state) {
    qint64 total = 0;
    for (auto _ : state) {
        const auto form = forms::parseQuestionnaire(formJson());
        forms::ReadResponse read =
            forms::draftFromJson(*form, QJsonDocument::fromJson(responseJson()).object());
        forms::rescore(*form, read.draft);
        const auto& answers = read.draft.answers({{QStringLiteral("total")}});
        total = answers.empty() ? -1 : std::get<qint64>(answers.front());
        benchmark::DoNotOptimize(total);
    }
    if (total <= 0)
        state.SkipWithError("the form gave no total");
}

void JsonAlone(benchmark::State& state) {
    for (auto _ : state) {
        const QJsonDocument form = QJsonDocument::fromJson(formJson());
        const QJsonDocument response = QJsonDocument::fromJson(responseJson());
        benchmark::DoNotOptimize(form.object().size() + response.object().size());
    }
}

const ComparisonList kComparisons{{
    {"forms-open-and-score", OpenAndScore, JsonAlone},
}};

} // namespace

} // namespace stepstone::bench
