#include "FormsOracle.h"
#include "ScoringForms.h"
#include "TestFiles.h"

#include <QProcess>

using namespace stepstone::test;

namespace {

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun formsTool(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(STEPSTONE_FORMS_TOOL), arguments);
    ToolRun run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        ADD_FAILURE() << "stepstone-forms did not finish";
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString example(const char* name) {
    return sdcExamplePath(QLatin1String(name));
}

// `stepstone-forms score` on the form and response, compared with score.mjs run now.
void expectToolMatchesOracle(const QByteArray& form, const QJsonObject& answered) {
    QTemporaryDir dir;
    const QString formPath = dir.filePath(QStringLiteral("q.json"));
    const QString responsePath = dir.filePath(QStringLiteral("qr.json"));
    writeAll(formPath, form);
    writeAll(responsePath, QJsonDocument(answered).toJson());
    const ToolRun run = formsTool({QStringLiteral("score"), formPath, responsePath});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonDocument printed = QJsonDocument::fromJson(run.out.toUtf8());
    ASSERT_TRUE(printed.isObject()) << run.out.toStdString();
    const QJsonObject oracle = oracleScores(form, answered);
    EXPECT_TRUE(sameValue(printed.object(), oracle))
        << "stepstone-forms: " << run.out.toStdString() << "score.mjs:       "
        << QJsonDocument(oracle).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

TEST(StepstoneFormsTool, CheckPassesAFormWhoseItemsAreAllSupported) {
    const ToolRun run = formsTool(
        {"check",
         example("Questionnaire-questionnaire-sdc-profile-example-hunger-vital-signs.json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("/88122-7  choice  supported")))
        << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("not supported")));
}

TEST(StepstoneFormsTool, CheckListsWhatIsNotSupportedAndWhy) {
    const ToolRun types =
        formsTool({"check", example("Questionnaire-questionnaire-sdc-test-all-data-types.json")});
    EXPECT_EQ(types.exitCode, 1);
    EXPECT_TRUE(types.out.contains(QStringLiteral(
        "attachment  not supported: the app cannot show items of type 'attachment'")))
        << types.out.toStdString();
    EXPECT_TRUE(types.out.contains(QStringLiteral("  string  supported")))
        << types.out.toStdString();
    EXPECT_TRUE(types.err.contains(QStringLiteral("item(s) not supported")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("external.json"));
    writeAll(path, R"json({"resourceType": "Questionnaire", "status": "active", "item": [
        {"linkId": "mood", "type": "choice", "answerValueSet": "http://loinc.org/vs/LL358-3"},
        {"linkId": "total", "type": "integer", "extension": [{"url":
          "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
          "valueExpression": {"language": "text/fhirpath", "expression": "1 +"}}]}]})json");
    const ToolRun external = formsTool({"check", path});
    EXPECT_EQ(external.exitCode, 1);
    EXPECT_TRUE(external.out.contains(
        QStringLiteral("mood  choice  not supported: its answers are listed only outside the form "
                       "(http://loinc.org/vs/LL358-3)")))
        << external.out.toStdString();
    EXPECT_TRUE(external.out.contains(QStringLiteral(
        "total  integer  not supported: an expression the app cannot read: the expression ends "
        "too early")))
        << external.out.toStdString();
}

TEST(StepstoneFormsTool, MalformedFilesGetAClearMessageAndExitCode) {
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    writeAll(broken, R"json({"resourceType": "Questionnaire", "item": [)json");
    const ToolRun notJson = formsTool({"check", broken});
    EXPECT_EQ(notJson.exitCode, 2);
    EXPECT_TRUE(notJson.err.contains(QStringLiteral("not a form this app can read: "
                                                    "Questionnaire: not JSON")))
        << notJson.err.toStdString();
    EXPECT_TRUE(notJson.out.isEmpty());

    const ToolRun missing = formsTool({"check", dir.filePath(QStringLiteral("none.json"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("cannot be read")))
        << missing.err.toStdString();

    const QString form =
        example("Questionnaire-questionnaire-sdc-profile-example-hunger-vital-signs.json");
    const ToolRun notResponse = formsTool({"score", form, form});
    EXPECT_EQ(notResponse.exitCode, 2);
    EXPECT_TRUE(notResponse.err.contains(QStringLiteral("not a QuestionnaireResponse")));

    const ToolRun usage = formsTool({"frobnicate"});
    EXPECT_EQ(usage.exitCode, 64);
    EXPECT_TRUE(usage.err.contains(QStringLiteral("usage: stepstone-forms check Q.json")));
}

TEST(StepstoneFormsTool, ScorePrintsWhatFhirpathJsComputes) {
    const QByteArray hunger =
        readAll(example("Questionnaire-questionnaire-sdc-profile-example-hunger-vital-signs.json"));
    expectToolMatchesOracle(hunger, response({{"/88122-7", option(hunger, "/88122-7", 1)}}));
    expectToolMatchesOracle(hunger, response({{"/88122-7", option(hunger, "/88122-7", 2)},
                                              {"/88123-5", option(hunger, "/88123-5", 3)}}));

    const QByteArray bmi = readAll(example(
        "Questionnaire-questionnaire-sdc-profile-example-weight-height-tracking-panel.json"));
    expectToolMatchesOracle(
        bmi, response({{"/29463-7", answer(81.2, "Decimal")}, {"/8302-2", answer(68, "Decimal")}}));

    const QByteArray framingham = readAll(
        example("Questionnaire-questionnaire-sdc-profile-example-framingham-hchd-lhc.json"));
    expectToolMatchesOracle(
        framingham, response({{"/age", answer(58, "Decimal")},
                              {"/46098-0", option(framingham, "/46098-0", 1)},
                              {"/smokes", option(framingham, "/smokes", 0)},
                              {"/8480-6", answer(135, "Decimal")},
                              {"/2093-3", answer(210, "Decimal")},
                              {"/2085-9", answer(45, "Decimal")},
                              {"/antihypertensive", option(framingham, "/antihypertensive", 0)}}));

    const QByteArray phq9 = builtPhq9();
    std::vector<std::pair<QString, QJsonObject>> answers;
    for (int i = 0; i < 9; ++i) {
        const QString linkId = QStringLiteral("q%1").arg(i + 1);
        answers.emplace_back(linkId, option(phq9, linkId, (i * 7) % 4));
    }
    expectToolMatchesOracle(phq9, response(answers));
}

// Items in a repeating group: one value per instance, as an array.
TEST(StepstoneFormsTool, ScorePrintsAnArrayForARepeatingItem) {
    QTemporaryDir dir;
    const QString form = dir.filePath(QStringLiteral("q.json"));
    const QString answered = dir.filePath(QStringLiteral("qr.json"));
    writeAll(form, R"json({"resourceType": "Questionnaire", "status": "active", "item": [
        {"linkId": "day", "type": "group", "repeats": true, "item": [
          {"linkId": "urge", "type": "integer"},
          {"linkId": "high", "type": "boolean", "extension": [{"url":
            "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
            "valueExpression": {"language": "text/fhirpath",
              "expression": "%context.item.where(linkId='urge').answer.value >= 4"}}]}]}]})json");
    writeAll(answered, R"json({"resourceType": "QuestionnaireResponse", "status": "in-progress",
      "item": [{"linkId": "day", "item": [{"linkId": "urge", "answer": [{"valueInteger": 5}]}]},
               {"linkId": "day", "item": [{"linkId": "urge", "answer": [{"valueInteger": 1}]}]}]})json");
    const ToolRun run = formsTool({"score", form, answered});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed(), QStringLiteral(R"json({"high":[true,false]})json"));
}
