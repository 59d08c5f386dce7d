// Test tool: writes the QuestionnaireResponse of every sample plan (SamplePlans.h) to OUT_DIR as
// plan-<name>.json, and three responses broken on purpose as *.invalid.json, for
// tests/fhir-schema to check against the FHIR R4 JSON schema.
//   plan_response_samples QUESTIONNAIRE_JSON OUT_DIR
#include "SamplePlans.h"
#include "sync/mapping/PlanResponseMapper.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace stepstone;

namespace {

bool write(const QDir& dir, const QString& name, const QJsonObject& resource) {
    QFile file(dir.filePath(name));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(QJsonDocument(resource).toJson()) > 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: plan_response_samples QUESTIONNAIRE_JSON OUT_DIR\n";
        return 64;
    }
    auto questionnaire = PlanQuestionnaire::load(args[1], QLocale(QLocale::English));
    if (!questionnaire) {
        err << "questionnaire: " << questionnaire.error() << '\n';
        return 2;
    }
    const QDir out(args[2]);
    RelapsePlan plan;
    plan.id = QUuid::createUuid();
    plan.createdAt = QDateTime(QDate(2026, 3, 1), QTime(18, 30), Qt::OffsetFromUTC, -5 * 3600);
    plan.updatedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 15, 0, 250), Qt::OffsetFromUTC, 19800);
    QJsonObject full;
    for (const auto& [name, content] : test::samplePlanContents()) {
        plan.content = content;
        auto response =
            PlanResponseMapper::toQuestionnaireResponse(plan, *questionnaire, "alex-rivera");
        if (!response) {
            err << name << ": " << response.error().describe() << '\n';
            return 3;
        }
        if (name == QLatin1String("full"))
            full = *response;
        if (!write(out, QStringLiteral("plan-%1.json").arg(name), *response))
            return 4;
    }

    // Broken on purpose, each in one way the schema must catch.
    QJsonObject badStatus = full;
    badStatus[QLatin1String("status")] = QStringLiteral("finished");
    QJsonObject noOffset = full;
    noOffset[QLatin1String("authored")] = QStringLiteral("2026-03-02T09:15:00");
    QJsonObject numberAnswer = full;
    QJsonArray items = full.value(QLatin1String("item")).toArray();
    QJsonObject first = items.at(0).toObject();
    first[QLatin1String("answer")] = QJsonArray{QJsonObject{{QStringLiteral("valueString"), 42}}};
    items[0] = first;
    numberAnswer[QLatin1String("item")] = items;
    if (!write(out, QStringLiteral("broken-status.invalid.json"), badStatus) ||
        !write(out, QStringLiteral("broken-authored-without-offset.invalid.json"), noOffset) ||
        !write(out, QStringLiteral("broken-answer-not-a-string.invalid.json"), numberAnswer))
        return 4;
    return 0;
}
