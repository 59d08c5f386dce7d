#include "catalog/PlanQuestionnaire.h"

#include <gtest/gtest.h>

using namespace stepstone;

namespace {

const QString kBuiltIn = QStringLiteral(STEPSTONE_ASSETS_DIR "/relapse-prevention-plan.json");

QStringList linkIds(const PlanQuestionnaire& questionnaire) {
    QStringList ids;
    for (const auto& section : questionnaire.sections())
        ids << section.linkId;
    return ids;
}

} // namespace

TEST(PlanQuestionnaire, BuiltInPlanHasTheNineSectionsInOrderEachWithHelp) {
    auto plan = PlanQuestionnaire::load(kBuiltIn, QLocale(QLocale::English));
    ASSERT_TRUE(plan.ok()) << qPrintable(plan.error());
    EXPECT_EQ(plan->canonical(),
              "https://stepstone.example/fhir/Questionnaire/relapse-prevention-plan|2.0.0");
    EXPECT_EQ(linkIds(*plan),
              QStringList({"reasons", "warning-signs", "high-risk", "coping", "distractions",
                           "people", "professionals", "safer-surroundings", "after-lapse"}));
    for (const auto& section : plan->sections()) {
        EXPECT_FALSE(section.help.isEmpty()) << qPrintable(section.linkId);
        EXPECT_EQ(section.title, section.text) << "English is the Questionnaire's own language";
    }
    const PlanSectionDefinition* people = plan->section(QStringLiteral("people"));
    ASSERT_TRUE(people);
    EXPECT_EQ(people->kind, PlanSectionDefinition::Kind::Contacts);
    EXPECT_EQ(people->nameLinkId, "people.name");
    EXPECT_EQ(people->phoneLinkId, "people.phone");
    EXPECT_EQ(people->whenLinkId, "people.when");
    const PlanSectionDefinition* professionals = plan->section(QStringLiteral("professionals"));
    ASSERT_TRUE(professionals);
    EXPECT_TRUE(professionals->whenLinkId.isEmpty());
    EXPECT_EQ(plan->section(QStringLiteral("coping"))->kind, PlanSectionDefinition::Kind::Lines);
}

TEST(PlanQuestionnaire, SpanishComesFromTheTranslationExtension) {
    auto plan = PlanQuestionnaire::load(kBuiltIn, QLocale(QLocale::Spanish, QLocale::Mexico));
    ASSERT_TRUE(plan.ok()) << qPrintable(plan.error());
    const PlanSectionDefinition* coping = plan->section(QStringLiteral("coping"));
    ASSERT_TRUE(coping);
    EXPECT_EQ(coping->title, QStringLiteral("Estrategias que me funcionan"));
    EXPECT_EQ(coping->text, QStringLiteral("Coping strategies that work for me"));
    EXPECT_TRUE(coping->help.startsWith(QStringLiteral("Cosas que puedes hacer")));
    EXPECT_EQ(plan->title(), QStringLiteral("Mi plan de prevención de recaídas"));

    auto french = PlanQuestionnaire::load(kBuiltIn, QLocale(QLocale::French));
    ASSERT_TRUE(french.ok());
    EXPECT_EQ(french->section(QStringLiteral("coping"))->title,
              QStringLiteral("Coping strategies that work for me"))
        << "a language without a translation reads the Questionnaire's own";
}

TEST(PlanQuestionnaire, AFileThisAppCannotShowIsRefusedWithAReason) {
    const QLocale en(QLocale::English);
    const auto problem = [&](const char* json) {
        auto parsed = PlanQuestionnaire::fromJson(QByteArray(json), en);
        return parsed.ok() ? QString() : parsed.error();
    };
    EXPECT_FALSE(problem("not json").isEmpty());
    EXPECT_FALSE(problem(R"({"resourceType":"Patient"})").isEmpty());
    EXPECT_FALSE(problem(R"({"resourceType":"Questionnaire","url":"u","version":"1"})").isEmpty());
    EXPECT_TRUE(problem(R"({"resourceType":"Questionnaire","url":"u","version":"1",
        "item":[{"linkId":"a","text":"A","type":"string"}]})")
                    .contains("does not repeat"));
    EXPECT_TRUE(problem(R"({"resourceType":"Questionnaire","url":"u","version":"1",
        "item":[{"linkId":"a","text":"A","type":"string","repeats":true},
                {"linkId":"a","text":"B","type":"string","repeats":true}]})")
                    .contains("duplicate"));
    EXPECT_TRUE(problem(R"({"resourceType":"Questionnaire","url":"u","version":"1",
        "item":[{"linkId":"g","text":"G","type":"group","repeats":true,
                 "item":[{"linkId":"g.name","type":"string","text":"N"}]}]})")
                    .contains("no name or phone"));
    EXPECT_TRUE(problem(R"({"resourceType":"Questionnaire","url":"u","version":"1",
        "item":[{"linkId":"g","text":"G","type":"group","repeats":true,
                 "item":[{"linkId":"g.name","type":"string","text":"N"},
                         {"linkId":"g.phone","type":"string","text":"P"},
                         {"linkId":"g.age","type":"integer","text":"A"}]}]})")
                    .contains("cannot show"));
}
