#include "catalog/CopingSkillCatalog.h"

#include <gtest/gtest.h>

using namespace stepstone;

TEST(CopingSkillCatalog, PicksTheClientsLanguageAndFallsBackToEnglish) {
    const QByteArray json = R"({"skills":[
        {"id":"a","title":{"en":"Breathe","es":"Respirar"}},
        {"id":"b","title":{"en":"Walk"}}]})";
    auto catalog = CopingSkillCatalog::fromJson(json, QLocale(QLocale::Spanish));
    ASSERT_TRUE(catalog.ok());
    EXPECT_EQ(catalog->titleFor("a"), "Respirar");
    EXPECT_EQ(catalog->titleFor("b"), "Walk");
    EXPECT_EQ(catalog->titleFor("unknown"), "");
}
