#include "sync/mapping/HomeworkFhir.h"

#include "MappingTestJson.h"

#include <QJsonArray>

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");

// As the test clinic's seed writes it (tests/clinic-server/seed/clinic.mjs).
QJsonObject seededTask() {
    return test::jsonObject(R"json({
      "resourceType": "Task", "id": "alex-rivera-homework-phq-9",
      "meta": {"versionId": "5d1e", "lastUpdated": "2026-11-30T15:00:00.000Z",
               "profile": ["http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-task"]},
      "status": "ready", "intent": "order",
      "code": {"coding": [{"system": "http://hl7.org/fhir/uv/sdc/CodeSystem/temp",
                           "code": "complete-questionnaire"}]},
      "description": "PHQ-9 check-in before your individual session",
      "for": {"reference": "Patient/alex-rivera"}, "owner": {"reference": "Patient/alex-rivera"},
      "requester": {"reference": "Practitioner/morgan-chen"},
      "authoredOn": "2026-11-29T17:00:00.000Z",
      "restriction": {"period": {"end": "2026-12-02T23:59:59.999-06:00"}},
      "input": [{"type": {"coding": [{"system": "http://hl7.org/fhir/uv/sdc/CodeSystem/temp",
                                      "code": "questionnaire"}]},
                 "valueCanonical": "https://clinic.example/fhir/Questionnaire/phq-9|1.0.0"}],
      "output": [{"type": {"text": "a note"}, "valueString": "kept"}]
    })json");
}

QJsonObject with(const char* key, const QJsonValue& value) {
    QJsonObject task = seededTask();
    if (value.isUndefined())
        task.remove(QLatin1String(key));
    else
        task[QLatin1String(key)] = value;
    return task;
}

MappingErrorKind kindOf(const QJsonObject& task) {
    auto read = HomeworkFhir::readTask(task, kPatient);
    EXPECT_FALSE(read.ok());
    return read.ok() ? MappingErrorKind::InvalidInput : read.error().kind;
}

HomeworkResponse draft() {
    HomeworkResponse response;
    response.id = QUuid::fromString(QStringLiteral("6f0c7a52-8e0b-4a55-9d3e-1f2a3b4c5d6e"));
    response.questionnaire =
        QStringLiteral("https://clinic.example/fhir/Questionnaire/phq-9|1.0.0");
    response.updatedAt = QDateTime(QDate(2026, 12, 1), QTime(20, 15), Qt::OffsetFromUTC, -6 * 3600);
    response.response = test::jsonObject(R"json({
      "resourceType": "QuestionnaireResponse", "id": "stale", "meta": {"versionId": "1"},
      "item": [{"linkId": "1", "answer": [{"valueCoding": {"system": "http://loinc.org",
                                                           "code": "LA6569-3", "display": ""}}]},
               {"linkId": "2", "answer": []},
               {"linkId": "g", "item": [{"linkId": "g.1", "answer": [{"valueString": "  "}]}]},
               {"linkId": "3", "answer": [{"valueInteger": 0}, {"valueBoolean": false}]}]
    })json");
    return response;
}

} // namespace

TEST(HomeworkFhirTest, TheSeededTaskReadsAsHomework) {
    auto task = HomeworkFhir::readTask(seededTask(), kPatient);
    ASSERT_TRUE(task.ok()) << qPrintable(task.error().describe());
    EXPECT_EQ(task->id, "alex-rivera-homework-phq-9");
    EXPECT_EQ(task->versionId, "5d1e");
    EXPECT_EQ(task->status, "ready");
    EXPECT_EQ(task->due, "2026-12-02T23:59:59.999-06:00");
    EXPECT_EQ(task->form, "https://clinic.example/fhir/Questionnaire/phq-9|1.0.0");
    EXPECT_EQ(task->description, "PHQ-9 check-in before your individual session");
    EXPECT_EQ(task->resource, seededTask()) << "kept as received";
    EXPECT_FALSE(task->localStatus);
}

TEST(HomeworkFhirTest, TheDueDateFallsBackToTheExecutionPeriodAndMayBeADay) {
    QJsonObject task = with("restriction", QJsonValue::Undefined);
    task["executionPeriod"] = QJsonObject{{"end", "2026-12-03"}};
    EXPECT_EQ(HomeworkFhir::readTask(task, kPatient)->due, "2026-12-03");
    EXPECT_EQ(HomeworkFhir::readTask(with("restriction", QJsonValue::Undefined), kPatient)->due,
              "");
    EXPECT_EQ(kindOf(with("restriction", QJsonObject{{"period", QJsonObject{{"end", "soon"}}}})),
              MappingErrorKind::WrongType);
}

TEST(HomeworkFhirTest, WhatIsNotThisPatientsQuestionnaireTaskIsRefused) {
    EXPECT_TRUE(
        HomeworkFhir::readTask(with("owner", QJsonObject{{"reference", "Patient/x"}}), kPatient)
            .ok())
        << "`for` names the patient: still theirs";
    QJsonObject other = with("owner", QJsonObject{{"reference", "Patient/jordan-lee"}});
    other["for"] = QJsonObject{{"reference", "Patient/jordan-lee"}};
    EXPECT_EQ(kindOf(other), MappingErrorKind::WrongResource);
    EXPECT_EQ(kindOf(with("code", QJsonObject{{"text", "fulfill"}})),
              MappingErrorKind::WrongResource);
    EXPECT_EQ(kindOf(with("resourceType", "Observation")), MappingErrorKind::WrongResource);
    EXPECT_EQ(kindOf(with("status", "entered-in-error")), MappingErrorKind::EnteredInError);
    EXPECT_EQ(kindOf(with("status", "draft")), MappingErrorKind::NotListed);
    EXPECT_EQ(kindOf(with("status", 7)), MappingErrorKind::WrongType);
    EXPECT_EQ(kindOf(with("input", QJsonValue::Undefined)), MappingErrorKind::MissingField);
    EXPECT_EQ(kindOf(with("input", "x")), MappingErrorKind::WrongType);
    EXPECT_EQ(kindOf(with("meta", QJsonValue::Undefined)), MappingErrorKind::MissingField);
    EXPECT_EQ(kindOf(with("id", "../Patient/x")), MappingErrorKind::WrongType);
}

TEST(HomeworkFhirTest, TheResponseCarriesTheDevicesIdentityAndNoEmptyElements) {
    auto response = HomeworkFhir::toQuestionnaireResponse(draft(), kPatient);
    ASSERT_TRUE(response.ok());
    EXPECT_EQ(*response, test::jsonObject(R"json({
      "resourceType": "QuestionnaireResponse",
      "identifier": {"system": "urn:ietf:rfc:3986",
                     "value": "urn:uuid:6f0c7a52-8e0b-4a55-9d3e-1f2a3b4c5d6e"},
      "questionnaire": "https://clinic.example/fhir/Questionnaire/phq-9|1.0.0",
      "status": "in-progress",
      "subject": {"reference": "Patient/alex-rivera"},
      "author": {"reference": "Patient/alex-rivera"},
      "authored": "2026-12-01T20:15:00.000-06:00",
      "item": [{"linkId": "1", "answer": [{"valueCoding": {"system": "http://loinc.org",
                                                           "code": "LA6569-3"}}]},
               {"linkId": "2"},
               {"linkId": "g", "item": [{"linkId": "g.1"}]},
               {"linkId": "3", "answer": [{"valueInteger": 0}, {"valueBoolean": false}]}]
    })json"));
    HomeworkResponse completed = draft();
    completed.status = HomeworkResponse::Status::Completed;
    EXPECT_EQ(HomeworkFhir::toQuestionnaireResponse(completed, kPatient)->value("status"),
              "completed");
    HomeworkResponse discarded = draft();
    discarded.deletedAt = discarded.updatedAt;
    EXPECT_FALSE(HomeworkFhir::toQuestionnaireResponse(discarded, kPatient).ok());
}

TEST(HomeworkFhirTest, TheClientChangesOnlyStatusStatusReasonAndOutputOfTheTask) {
    HomeworkTask task = *HomeworkFhir::readTask(seededTask(), kPatient);
    task.localStatus = QStringLiteral("completed");
    task.localStatusReason = QStringLiteral("Done on paper too");
    const QJsonObject changed =
        HomeworkFhir::taskWithClientChange(task, QStringLiteral("QuestionnaireResponse/qr-1"));
    EXPECT_EQ(changed["status"].toString(), "completed");
    EXPECT_EQ(changed["statusReason"]["text"].toString(), "Done on paper too");
    const QJsonArray outputs = changed["output"].toArray();
    ASSERT_EQ(outputs.size(), 2) << "the clinic's own output stays";
    EXPECT_EQ(outputs[0], seededTask()["output"][0]);
    EXPECT_EQ(outputs[1]["valueReference"]["reference"].toString(), "QuestionnaireResponse/qr-1");
    EXPECT_EQ(outputs[1]["type"]["coding"][0]["code"].toString(), "questionnaire-response");

    QJsonObject rest = changed;
    QJsonObject original = seededTask();
    for (const char* key : {"status", "statusReason", "output"}) {
        rest.remove(QLatin1String(key));
        original.remove(QLatin1String(key));
    }
    EXPECT_EQ(rest, original);

    task.resource = changed;
    const QJsonObject again =
        HomeworkFhir::taskWithClientChange(task, QStringLiteral("QuestionnaireResponse/qr-2"));
    EXPECT_EQ(again["output"].toArray().size(), 2) << "one response output, never two";
}

TEST(HomeworkFhirTest, SearchesNameThePatientsQuestionnaireTasksAndTheIdentifier) {
    EXPECT_EQ(HomeworkFhir::taskSearch(kPatient),
              "Task?owner=Patient/alex-rivera&code=http://hl7.org/fhir/uv/sdc/CodeSystem/"
              "temp%7Ccomplete-questionnaire&_count=100");
    EXPECT_EQ(HomeworkFhir::responseSearch(draft().id),
              "QuestionnaireResponse?identifier=urn:ietf:rfc:3986%7Curn:uuid:"
              "6f0c7a52-8e0b-4a55-9d3e-1f2a3b4c5d6e");
}
