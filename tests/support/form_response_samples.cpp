// Test tool: fills in forms nobody here wrote (the SDC guide's examples, from tests/fhir-forms)
// the way a client could, through core/forms, and writes each QuestionnaireResponse in progress
// and completed to OUT_DIR, and some broken on purpose as *.invalid.json, for tests/fhir-schema
// to check against the FHIR R4 JSON schema.
//   form_response_samples SDC_EXAMPLE_DIR OUT_DIR
#include "SampleFile.h"
#include "forms/Enablement.h"
#include "forms/QuestionnaireParser.h"
#include "forms/ResponseJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

using namespace stepstone::forms;

namespace {

const QStringList kForms{
    QStringLiteral("Questionnaire-questionnaire-sdc-test-all-data-types.json"),
    QStringLiteral("Questionnaire-questionnaire-sdc-test-enableWhen.json"),
    QStringLiteral("Questionnaire-questionnaire-sdc-test-nested-groups.json"),
    QStringLiteral("Questionnaire-questionnaire-sdc-profile-example-loinc.json"),
    QStringLiteral("Questionnaire-questionnaire-sdc-profile-example-ussg-fht.json"),
    QStringLiteral("Questionnaire-questionnaire-sdc-profile-example-render.json"),
};

// A value of the kind `item` takes, as a client might give it.
std::optional<AnswerValue> sampleAnswer(const QuestionnaireItem& item) {
    if (!item.answerOptions.empty())
        return item.answerOptions.back().value;
    switch (item.type) {
    case ItemType::Boolean:
        return AnswerValue(true);
    case ItemType::Integer:
        return AnswerValue(qint64(item.minValue.value_or(3)));
    case ItemType::Decimal:
        return AnswerValue(7.5);
    case ItemType::String:
    case ItemType::OpenChoice:
        return AnswerValue(QStringLiteral("Después del trabajo, <i>otra vez</i> & \"ya\""));
    case ItemType::Text:
        return AnswerValue(QStringLiteral("Two lines,\nas typed."));
    case ItemType::Date:
        return AnswerValue(QDate(2026, 3, 8));
    case ItemType::DateTime:
        return AnswerValue(QDateTime(QDate(2026, 3, 8), QTime(1, 30), QTimeZone(-6 * 3600)));
    case ItemType::Time:
        return AnswerValue(QTime(23, 30));
    case ItemType::Quantity:
        return AnswerValue(Quantity{2, QStringLiteral("cups"), {}, {}});
    default:
        return std::nullopt;
    }
}

// Every enabled question answered, each repeating group twice.
ResponseDraft filledIn(const Questionnaire& form) {
    ResponseDraft draft = ResponseDraft::startedFrom(form);
    visitItems(form, draft, [&](const QuestionnaireItem& item, const ItemPath& path, int) {
        if (item.type == ItemType::Group && item.repeats && path.back().instance == 0)
            draft.addInstance(path);
    });
    const Enablement enablement(form);
    for (int pass = 0; pass < 3; ++pass) { // answers switch items on, which are answered next
        visitItems(form, draft, [&](const QuestionnaireItem& item, const ItemPath& path, int) {
            if (const auto answer = sampleAnswer(item);
                answer && draft.answers(path).empty() && enablement.isEnabled(draft, path))
                draft.setAnswers(path, {*answer});
        });
        enablement.pruneDisabled(draft);
    }
    return draft;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: form_response_samples SDC_EXAMPLE_DIR OUT_DIR\n";
        return 64;
    }
    const QDir examples(args[1]);
    const QDir out(args[2]);
    bool written = true;
    QJsonObject any;
    for (const QString& name : kForms) {
        QFile file(examples.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << name << ": cannot be read\n";
            return 1;
        }
        const auto form = parseQuestionnaire(file.readAll());
        if (!form) {
            QTextStream(stderr) << name << ": " << form.error().describe() << '\n';
            return 1;
        }
        const ResponseDraft draft = filledIn(*form);
        const QString base = QFileInfo(name).completeBaseName().replace(
            QLatin1String("Questionnaire-"), QLatin1String("response-"));
        for (const QString& status : {QStringLiteral("in-progress"), QStringLiteral("completed")}) {
            const QJsonObject response =
                responseJson(*form, draft,
                             {form->url + QLatin1Char('|') + form->version, status,
                              QStringLiteral("urn:uuid:6f1c2b5e-8d0a-4c3b-9e7f-1a2b3c4d5e6f"),
                              QDateTime(QDate(2026, 12, 5), QTime(9, 0), QTimeZone(-6 * 3600))});
            written =
                stepstone::test::writeSample(
                    out, base + QLatin1Char('-') + status + QLatin1String(".json"), response) &&
                written;
            any = response;
        }
    }
    QJsonObject noStatus = any;
    noStatus.insert(QLatin1String("status"), QLatin1String("draft"));
    written = stepstone::test::writeSample(
                  out, QStringLiteral("response-status-draft.invalid.json"), noStatus) &&
              written;
    QJsonObject wordsForANumber = any;
    wordsForANumber.insert(
        QLatin1String("item"),
        QJsonArray{QJsonObject{
            {QLatin1String("linkId"), QLatin1String("n")},
            {QLatin1String("answer"),
             QJsonArray{QJsonObject{{QLatin1String("valueInteger"), QLatin1String("seven")}}}}}});
    written =
        stepstone::test::writeSample(
            out, QStringLiteral("response-words-for-a-number.invalid.json"), wordsForANumber) &&
        written;
    return written ? 0 : 1;
}
