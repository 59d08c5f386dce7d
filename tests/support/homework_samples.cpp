// Test tool: writes every FHIR resource the homework upload sends (QuestionnaireResponses in
// progress and completed, with answers of each kind, and the Task with the client's change) to
// OUT_DIR, and some broken on purpose as *.invalid.json, for tests/fhir-schema to check against
// the FHIR R4 JSON schema.
//   homework_samples OUT_DIR
#include "SampleFile.h"
#include "sync/mapping/HomeworkFhir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");

QJsonObject json(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// As the test clinic's seed assigns homework (tests/clinic-server/seed/clinic.mjs).
QJsonObject seededTask() {
    return json(R"json({
      "resourceType": "Task", "id": "alex-rivera-homework-thought-record",
      "meta": {"versionId": "5d1e", "lastUpdated": "2026-11-30T15:00:00.000Z",
               "profile": ["http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-task"]},
      "status": "ready", "intent": "order",
      "code": {"coding": [{"system": "http://hl7.org/fhir/uv/sdc/CodeSystem/temp",
                           "code": "complete-questionnaire"}]},
      "description": "CBT thought record: one situation this week",
      "for": {"reference": "Patient/alex-rivera"}, "owner": {"reference": "Patient/alex-rivera"},
      "requester": {"reference": "Practitioner/morgan-chen"},
      "authoredOn": "2026-11-29T17:00:00.000Z",
      "restriction": {"period": {"end": "2026-12-02T23:59:59.999-06:00"}},
      "input": [{"type": {"coding": [{"system": "http://hl7.org/fhir/uv/sdc/CodeSystem/temp",
                                      "code": "questionnaire"}]},
                 "valueCanonical": "https://clinic.example/fhir/Questionnaire/cbt-thought-record|1.0.0"}]
    })json");
}

// Answers of every value type the renderer writes, a nested and a repeated group, and the empty
// elements a form filler may leave behind (which the mapper leaves out).
QJsonObject answers() {
    return json(R"json({
      "resourceType": "QuestionnaireResponse",
      "item": [
        {"linkId": "situation", "text": "Situation",
         "answer": [{"valueString": "Team meeting, my manager raised her voice"}]},
        {"linkId": "emotions", "item": [
          {"linkId": "emotions.name", "answer": [{"valueCoding": {
             "system": "https://stepstone.example/fhir/CodeSystem/emotion", "code": "anxious",
             "display": "Anxious"}}]},
          {"linkId": "emotions.intensity", "answer": [{"valueInteger": 7}]}]},
        {"linkId": "emotions", "item": [
          {"linkId": "emotions.name", "answer": [{"valueString": "ashamed"}]},
          {"linkId": "emotions.intensity", "answer": [{"valueDecimal": 4.5}]}]},
        {"linkId": "urge", "answer": [{"valueBoolean": false}]},
        {"linkId": "when", "answer": [{"valueDateTime": "2026-12-01T09:30:00-06:00"}]},
        {"linkId": "day", "answer": [{"valueDate": "2026-12-01"}]},
        {"linkId": "time", "answer": [{"valueTime": "09:30:00"}]},
        {"linkId": "sleep", "answer": [{"valueQuantity": {"value": 6.5, "unit": "h",
            "system": "http://unitsofmeasure.org", "code": "h"}}]},
        {"linkId": "skipped", "answer": []},
        {"linkId": "blank", "answer": [{"valueString": ""}]}
      ]})json");
}

HomeworkResponse response(HomeworkResponse::Status status) {
    HomeworkResponse response;
    response.id = QUuid::fromString(QStringLiteral("6f0c7a52-8e0b-4a55-9d3e-1f2a3b4c5d6e"));
    response.account = ClinicAccountId{1};
    response.taskId = QStringLiteral("alex-rivera-homework-thought-record");
    response.questionnaire =
        QStringLiteral("https://clinic.example/fhir/Questionnaire/cbt-thought-record|1.0.0");
    response.status = status;
    response.response = answers();
    response.createdAt = QDateTime(QDate(2026, 12, 1), QTime(20, 15), Qt::OffsetFromUTC, -6 * 3600);
    response.updatedAt = response.createdAt.addSecs(600);
    return response;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: homework_samples OUT_DIR\n";
        return 64;
    }
    const QDir out(args[1]);
    bool written = true;
    const auto add = [&](const QString& name, const Result<QJsonObject, MappingError>& resource) {
        if (!resource) {
            QTextStream(stderr) << name << ": " << resource.error().describe() << '\n';
            written = false;
            return;
        }
        written = test::writeSample(out, name, *resource) && written;
    };

    auto inProgress = HomeworkFhir::toQuestionnaireResponse(
        response(HomeworkResponse::Status::InProgress), kPatient);
    add("homework-response-in-progress.json", inProgress);
    add("homework-response-completed.json",
        HomeworkFhir::toQuestionnaireResponse(response(HomeworkResponse::Status::Completed),
                                              kPatient));

    auto task = HomeworkFhir::readTask(seededTask(), kPatient);
    if (!task) {
        QTextStream(stderr) << "seeded Task: " << task.error().describe() << '\n';
        return 1;
    }
    task->localStatus = QStringLiteral("in-progress");
    add("homework-task-in-progress.json",
        HomeworkFhir::taskWithClientChange(*task, QStringLiteral("urn:uuid:6f0c7a52-8e0b-4a55-"
                                                                 "9d3e-1f2a3b4c5d6e")));
    task->localStatus = QStringLiteral("completed");
    task->localStatusReason = QStringLiteral("Finished it on the bus");
    add("homework-task-completed.json",
        HomeworkFhir::taskWithClientChange(*task, QStringLiteral("QuestionnaireResponse/qr-1")));

    // Broken on purpose: the check must refuse them.
    if (inProgress) {
        QJsonObject draftStatus = *inProgress;
        draftStatus.insert(QStringLiteral("status"), QStringLiteral("draft"));
        add("homework-response-draft-status.invalid.json", draftStatus);
        QJsonObject noOffset = *inProgress;
        noOffset.insert(QStringLiteral("authored"), QStringLiteral("2026-12-01T20:25:00"));
        add("homework-response-no-offset.invalid.json", noOffset);
    }
    QJsonObject refused = HomeworkFhir::taskWithClientChange(*task, QStringLiteral("x"));
    refused.insert(QStringLiteral("status"), QStringLiteral("refused"));
    add("homework-task-refused.invalid.json", refused);
    return written ? 0 : 1;
}
