#include "sync/mapping/PlanResponseMapper.h"

#include "MappingTestJson.h"
#include "SamplePlans.h"
#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");

PlanQuestionnaire builtIn() {
    auto questionnaire = PlanQuestionnaire::load(
        QStringLiteral(STEPSTONE_ASSETS_DIR "/relapse-prevention-plan.json"),
        QLocale(QLocale::English));
    EXPECT_TRUE(questionnaire.ok());
    return std::move(*questionnaire);
}

RelapsePlan planWith(PlanContent content) {
    RelapsePlan plan;
    plan.id = QUuid::fromString(QStringLiteral("6f1c1d3e-2b7a-4c55-9d0e-0a1b2c3d4e5f"));
    plan.content = std::move(content);
    plan.createdAt = QDateTime(QDate(2026, 3, 1), QTime(18, 30), Qt::OffsetFromUTC, -5 * 3600);
    plan.updatedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 15, 0, 250), Qt::OffsetFromUTC, 3600);
    return plan;
}

QJsonObject responseFor(const PlanContent& content) {
    auto response =
        PlanResponseMapper::toQuestionnaireResponse(planWith(content), builtIn(), kPatient);
    EXPECT_TRUE(response.ok()) << (response.ok() ? "" : qPrintable(response.error().describe()));
    return response.ok() ? *response : QJsonObject();
}

} // namespace

TEST(PlanResponseMapper, AnEmptyPlanIsAResponseWithNoItem) {
    const QJsonObject response = responseFor({});
    EXPECT_EQ(response.value("resourceType"), "QuestionnaireResponse");
    EXPECT_EQ(response.value("id"), "6f1c1d3e-2b7a-4c55-9d0e-0a1b2c3d4e5f");
    EXPECT_EQ(response.value("questionnaire"),
              "https://stepstone.example/fhir/Questionnaire/relapse-prevention-plan|2.0.0");
    EXPECT_EQ(response.value("status"), "completed");
    EXPECT_EQ(response.value("subject").toObject().value("reference"), "Patient/alex-rivera");
    EXPECT_EQ(response.value("author").toObject().value("reference"), "Patient/alex-rivera");
    EXPECT_EQ(response.value("authored"), "2026-03-02T09:15:00.250+01:00")
        << "the time the plan was last saved, at the client's own offset";
    EXPECT_FALSE(response.contains("item")) << "FHIR allows no empty array";
    EXPECT_EQ(response.value("meta").toObject().value("security").toArray().size(), 3);
}

TEST(PlanResponseMapper, ListsAreOneItemWithAnAnswerPerLineInTheClientsOrder) {
    const QJsonObject response = responseFor(fullPlanContent());
    const QJsonArray items = response.value("item").toArray();
    ASSERT_FALSE(items.isEmpty());
    const QJsonObject coping = items.at(3).toObject();
    EXPECT_EQ(compact(coping),
              compact(jsonObject(R"({"linkId":"coping","text":"Coping strategies that work for me",
                "answer":[{"valueString":"Walk the dog around the block"},
                          {"valueString":"Cold water on my face, breathe out slowly"},
                          {"valueString":"Play the tape through"}]})")));
}

TEST(PlanResponseMapper, EachPersonIsARepetitionOfTheGroupWithOnlyWhatWasWritten) {
    const QJsonObject response = responseFor(fullPlanContent());
    QList<QJsonObject> people;
    QStringList order;
    for (const auto& value : response.value("item").toArray()) {
        const QJsonObject item = value.toObject();
        order << item.value("linkId").toString();
        if (item.value("linkId") == "people")
            people << item;
    }
    EXPECT_EQ(order, QStringList({"reasons", "warning-signs", "high-risk", "coping", "distractions",
                                  "people", "people", "people", "professionals",
                                  "safer-surroundings", "after-lapse"}));
    ASSERT_EQ(people.size(), 3);
    EXPECT_EQ(compact(people[0]), compact(jsonObject(R"json({"linkId":"people",
        "text":"People I can ask for help",
        "item":[{"linkId":"people.name","answer":[{"valueString":"Sam (sponsor)"}]},
                {"linkId":"people.phone","answer":[{"valueString":"(555) 123-4567"}]},
                {"linkId":"people.when","answer":[{"valueString":"Any time, day or night"}]}]
        })json")));
    EXPECT_EQ(compact(people[1]), compact(jsonObject(R"({"linkId":"people",
        "text":"People I can ask for help",
        "item":[{"linkId":"people.name","answer":[{"valueString":"Mom"}]},
                {"linkId":"people.phone","answer":[{"valueString":"call mom"}]}]})")))
        << "a phone nobody can dial still goes as the client wrote it";
    EXPECT_FALSE(compact(people[2]).find("people.phone") != std::string::npos)
        << "no phone written, no phone item";
}

TEST(PlanResponseMapper, EverySamplePlanComesBackAsItWent) {
    const PlanQuestionnaire questionnaire = builtIn();
    for (const auto& [name, content] : samplePlanContents()) {
        const QJsonObject response = responseFor(content);
        auto back =
            PlanResponseMapper::fromQuestionnaireResponse(response, questionnaire, kPatient);
        ASSERT_TRUE(back.ok()) << qPrintable(name) << ": " << qPrintable(back.error().describe());
        PlanContent expected;
        for (const auto& [section, entries] : content)
            for (PlanEntry entry : entries) {
                entry.text = fhir::fhirStringFrom(entry.text);
                expected[section].push_back(entry);
            }
        EXPECT_EQ(back->content, expected) << qPrintable(name);
        EXPECT_EQ(back->id, planWith({}).id);
        ASSERT_TRUE(back->authored);
        EXPECT_EQ(*back->authored, planWith({}).updatedAt);
    }
}

TEST(PlanResponseMapper, ControlCharactersFhirForbidsBecomeSpaces) {
    const QJsonObject response = responseFor(
        {{QStringLiteral("coping"), {line(QStringLiteral("breathe\fthen\x01walk\tand\nrest"))}}});
    const QString written = response.value("item")
                                .toArray()
                                .at(0)
                                .toObject()
                                .value("answer")
                                .toArray()
                                .at(0)
                                .toObject()
                                .value("valueString")
                                .toString();
    EXPECT_EQ(written, QStringLiteral("breathe then walk\tand\nrest"));
}

TEST(PlanResponseMapper, WhatHasNoFhirFormIsRefused) {
    const PlanQuestionnaire questionnaire = builtIn();
    RelapsePlan erased = planWith({});
    erased.deletedAt = erased.updatedAt;
    EXPECT_FALSE(PlanResponseMapper::toQuestionnaireResponse(erased, questionnaire, kPatient));
    RelapsePlan unsaved = planWith({});
    unsaved.id = QUuid();
    EXPECT_FALSE(PlanResponseMapper::toQuestionnaireResponse(unsaved, questionnaire, kPatient));
    EXPECT_FALSE(PlanResponseMapper::toQuestionnaireResponse(planWith({}), questionnaire,
                                                             QStringLiteral("not an id!")));
    auto unknown = PlanResponseMapper::toQuestionnaireResponse(
        planWith({{QStringLiteral("horoscope"), {line(QStringLiteral("x"))}}}), questionnaire,
        kPatient);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, MappingErrorKind::InvalidInput);
}

TEST(PlanResponseMapper, ReadingBackRefusesAnotherPatientQuestionnaireOrANamelessPerson) {
    const PlanQuestionnaire questionnaire = builtIn();
    const QJsonObject good = responseFor(fullPlanContent());
    const auto read = [&](QJsonObject response) {
        return PlanResponseMapper::fromQuestionnaireResponse(response, questionnaire, kPatient);
    };
    ASSERT_TRUE(read(good).ok());

    QJsonObject otherPatient = good;
    otherPatient["subject"] = QJsonObject{{"reference", "Patient/someone-else"}};
    EXPECT_EQ(read(otherPatient).error().kind, MappingErrorKind::WrongResource);

    QJsonObject otherQuestionnaire = good;
    otherQuestionnaire["questionnaire"] = "https://example.org/Questionnaire/phq-9|1.0";
    EXPECT_EQ(read(otherQuestionnaire).error().kind, MappingErrorKind::WrongResource);

    QJsonObject withdrawn = good;
    withdrawn["status"] = "entered-in-error";
    EXPECT_EQ(read(withdrawn).error().kind, MappingErrorKind::EnteredInError);

    QJsonObject nameless = good;
    nameless["item"] = QJsonArray{jsonObject(R"({"linkId":"people","item":[
        {"linkId":"people.phone","answer":[{"valueString":"555"}]}]})")};
    EXPECT_EQ(read(nameless).error().kind, MappingErrorKind::MissingField);

    QJsonObject wrongType = good;
    wrongType["item"] =
        QJsonArray{jsonObject(R"({"linkId":"coping","answer":[{"valueInteger":3}]})")};
    EXPECT_EQ(read(wrongType).error().kind, MappingErrorKind::MissingField);

    QJsonObject newer = good;
    QJsonArray items = good.value("item").toArray();
    items.append(jsonObject(R"({"linkId":"sleep","answer":[{"valueString":"8 hours"}]})"));
    newer["item"] = items;
    auto lenient = read(newer);
    ASSERT_TRUE(lenient.ok()) << "a section a newer plan has is skipped, not an error";
    EXPECT_EQ(lenient->content, fullPlanContent());
}
