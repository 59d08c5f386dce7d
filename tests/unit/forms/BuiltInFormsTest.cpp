#include "forms/QuestionnaireParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <gtest/gtest.h>

using namespace stepstone::forms;

namespace {

const QString kCanonicalBase = QStringLiteral("https://stepstone.example/fhir/Questionnaire/");

// The forms Stepstone ships (assets/forms), by file name.
const QStringList kBuiltIn = {
    QStringLiteral("behaviour-activation-plan.json"),
    QStringLiteral("cbt-thought-record.json"),
    QStringLiteral("chain-analysis.json"),
    QStringLiteral("dbt-diary-card.json"),
    QStringLiteral("gad-7.json"),
    QStringLiteral("phq-9.json"),
    QStringLiteral("weekly-craving-check.json"),
};

// GAD-7 ships in English only: its validated Spanish was not found in a source we can name, and
// a translation of our own would not be the validated instrument.
const QString kEnglishOnly = QStringLiteral("gad-7.json");

// The extensions the app reads; anything else in a built-in form would be silently ignored.
const QSet<QString> kReadExtensions = {
    QStringLiteral("http://hl7.org/fhir/StructureDefinition/translation"),
    QStringLiteral("http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"),
    QStringLiteral("http://hl7.org/fhir/StructureDefinition/minValue"),
    QStringLiteral("http://hl7.org/fhir/StructureDefinition/maxValue"),
    QStringLiteral("http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue"),
    QStringLiteral("http://hl7.org/fhir/StructureDefinition/ordinalValue"),
    QStringLiteral("http://hl7.org/fhir/StructureDefinition/variable"),
    QStringLiteral(
        "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"),
    QStringLiteral("https://stepstone.example/fhir/StructureDefinition/offer-crisis-lines"),
};

const QSet<QString> kDrawnControls = {QStringLiteral("slider"), QStringLiteral("radio-button"),
                                      QStringLiteral("check-box"), QStringLiteral("drop-down")};

QByteArray builtInJson(const QString& file) {
    QFile in(QStringLiteral(STEPSTONE_ASSETS_DIR "/forms/") + file);
    EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << qPrintable(in.fileName());
    return in.readAll();
}

Questionnaire builtIn(const QString& file) {
    auto form = parseQuestionnaire(builtInJson(file));
    EXPECT_TRUE(form.ok()) << qPrintable(file) << ": "
                           << (form.ok() ? std::string() : form.error().describe().toStdString());
    return form.ok() ? *form : Questionnaire{};
}

// The Spanish that the translation extension on `_key` gives for `key`, or nothing.
QString spanishOf(const QJsonObject& element, const QString& key) {
    const QJsonObject translated = element.value(u'_' + key).toObject();
    for (const auto& extension : translated.value(QLatin1String("extension")).toArray()) {
        QString lang;
        QString content;
        for (const auto& part : extension.toObject().value(QLatin1String("extension")).toArray()) {
            const QJsonObject object = part.toObject();
            if (object.value(QLatin1String("url")).toString() == u"lang")
                lang = object.value(QLatin1String("valueCode")).toString();
            if (object.value(QLatin1String("url")).toString() == u"content")
                content = object.value(QLatin1String("valueString")).toString();
        }
        if (lang == u"es" && !content.trimmed().isEmpty())
            return content;
    }
    return {};
}

struct ClientText {
    QString where;
    bool hasSpanish = false;
};

// `key` of `element` when a client reads it: a text with letters ("1." needs no translation).
void addClientText(const QJsonObject& element, const QString& key, const QString& where,
                   std::vector<ClientText>& texts) {
    const QString text = element.value(key).toString();
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); }))
        return;
    texts.push_back({where + u'.' + key, !spanishOf(element, key).isEmpty()});
}

// Every text a client reads in these items: text, prefix, and each answer's display.
void collectItemTexts(const std::vector<QuestionnaireItem>& items, const QString& where,
                      std::vector<ClientText>& texts) {
    for (const QuestionnaireItem& item : items) {
        const QString path = where + u'/' + item.linkId;
        addClientText(item.json, QStringLiteral("text"), path, texts);
        addClientText(item.json, QStringLiteral("prefix"), path, texts);
        for (const auto& option : item.json.value(QLatin1String("answerOption")).toArray()) {
            const QJsonObject object = option.toObject();
            addClientText(object.value(QLatin1String("valueCoding")).toObject(),
                          QStringLiteral("display"), path + QStringLiteral(".answerOption"), texts);
            addClientText(object, QStringLiteral("valueString"),
                          path + QStringLiteral(".answerOption"), texts);
        }
        collectItemTexts(item.items, path, texts);
    }
}

std::vector<ClientText> clientTexts(const Questionnaire& form) {
    std::vector<ClientText> texts;
    addClientText(form.json, QStringLiteral("title"), QStringLiteral("Questionnaire"), texts);
    addClientText(form.json, QStringLiteral("description"), QStringLiteral("Questionnaire"), texts);
    addClientText(form.json, QStringLiteral("copyright"), QStringLiteral("Questionnaire"), texts);
    collectItemTexts(form.items, QStringLiteral("Questionnaire"), texts);
    return texts;
}

// The URL of every extension anywhere in `value`, with where it sits.
void collectExtensionUrls(const QJsonValue& value, const QString& where,
                          std::vector<std::pair<QString, QString>>& urls) {
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectExtensionUrls(array.at(i), where + QStringLiteral("[%1]").arg(i), urls);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"extension") {
            collectExtensionUrls(it.value(), where + u'.' + it.key(), urls);
            continue;
        }
        // The parts of a complex extension (a translation's lang and content) are its own.
        for (const auto& extension : it.value().toArray())
            urls.emplace_back(extension.toObject().value(QLatin1String("url")).toString(), where);
    }
}

void expectDrawable(const std::vector<QuestionnaireItem>& items, const QString& file) {
    for (const QuestionnaireItem& item : items) {
        const std::string where = (file + u'/' + item.linkId).toStdString();
        EXPECT_NE(item.type, ItemType::Unsupported)
            << where << ": " << qPrintable(item.unsupportedReason);
        if (!item.itemControl.isEmpty()) {
            EXPECT_TRUE(kDrawnControls.contains(item.itemControl))
                << where << ": " << qPrintable(item.itemControl);
        }
        if (item.itemControl == u"slider") {
            EXPECT_EQ(item.type, ItemType::Integer) << where;
            EXPECT_TRUE(item.minValue && item.maxValue && item.sliderStep) << where;
            EXPECT_LT(item.minValue.value_or(0), item.maxValue.value_or(0)) << where;
        }
        if (item.type == ItemType::Choice || item.type == ItemType::OpenChoice) {
            EXPECT_FALSE(item.answerOptions.empty()) << where;
        }
        expectDrawable(item.items, file);
    }
}

const QuestionnaireItem* findItem(const std::vector<QuestionnaireItem>& items,
                                  const QString& linkId) {
    for (const QuestionnaireItem& item : items) {
        if (item.linkId == linkId)
            return &item;
        if (const QuestionnaireItem* inner = findItem(item.items, linkId))
            return inner;
    }
    return nullptr;
}

QStringList loincCodes(const QJsonObject& element) {
    QStringList codes;
    for (const auto& coding : element.value(QLatin1String("code")).toArray())
        if (coding.toObject().value(QLatin1String("system")).toString() == u"http://loinc.org")
            codes << coding.toObject().value(QLatin1String("code")).toString();
    return codes;
}

// An instrument's items: LOINC-coded, required, answered on the LOINC frequency scale scored
// 0 to 3 as published, under the group the total sums over.
void expectScoredItems(const Questionnaire& form, const QString& group,
                       const QStringList& itemCodes) {
    const QuestionnaireItem* items = findItem(form.items, group);
    ASSERT_NE(items, nullptr) << qPrintable(group);
    ASSERT_EQ(items->items.size(), size_t(itemCodes.size()));
    const QStringList scale = {QStringLiteral("LA6568-5"), QStringLiteral("LA6569-3"),
                               QStringLiteral("LA6570-1"), QStringLiteral("LA6571-9")};
    for (qsizetype i = 0; i < itemCodes.size(); ++i) {
        const QuestionnaireItem& item = items->items[size_t(i)];
        EXPECT_EQ(loincCodes(item.json), QStringList{itemCodes[i]});
        EXPECT_EQ(item.linkId, itemCodes[i]);
        EXPECT_TRUE(item.required) << qPrintable(item.linkId);
        ASSERT_EQ(item.answerOptions.size(), 4u) << qPrintable(item.linkId);
        for (size_t points = 0; points < 4; ++points) {
            const auto& option = item.answerOptions[points];
            EXPECT_EQ(std::get<Coding>(option.value).code, scale[qsizetype(points)]);
            EXPECT_EQ(option.weight, double(points)) << qPrintable(item.linkId);
        }
    }
}

void expectLicence(const Questionnaire& form) {
    const QString copyright = form.json.value(QLatin1String("copyright")).toString();
    EXPECT_TRUE(copyright.contains(
        QStringLiteral("No permission required to reproduce, translate, display or distribute")));
    EXPECT_TRUE(copyright.contains(QStringLiteral("Robert L. Spitzer")));
    EXPECT_TRUE(copyright.contains(QStringLiteral("LOINC® is copyright © 1995 Regenstrief")));
}

} // namespace

TEST(BuiltInForms, AreTheSevenActiveFormsEachWithItsCanonicalUrlAndVersion) {
    const QStringList files =
        QDir(QStringLiteral(STEPSTONE_ASSETS_DIR "/forms")).entryList({QStringLiteral("*.json")});
    EXPECT_EQ(files, kBuiltIn);
    for (const QString& file : files) {
        const Questionnaire form = builtIn(file);
        EXPECT_EQ(form.status, QStringLiteral("active")) << qPrintable(file);
        EXPECT_EQ(form.url, kCanonicalBase + file.chopped(5)) << qPrintable(file);
        EXPECT_FALSE(form.version.isEmpty()) << qPrintable(file);
        EXPECT_FALSE(form.title.isEmpty()) << qPrintable(file);
    }
}

TEST(BuiltInForms, HoldOnlyItemsControlsAndExtensionsTheAppDraws) {
    for (const QString& file : kBuiltIn) {
        const Questionnaire form = builtIn(file);
        EXPECT_FALSE(form.items.empty()) << qPrintable(file);
        expectDrawable(form.items, file);
        std::vector<std::pair<QString, QString>> urls;
        collectExtensionUrls(form.json, file, urls);
        for (const auto& [url, where] : urls)
            EXPECT_TRUE(kReadExtensions.contains(url))
                << qPrintable(where) << ": " << qPrintable(url);
    }
}

TEST(BuiltInForms, EveryTextAClientReadsHasItsSpanish) {
    for (const QString& file : kBuiltIn) {
        if (file == kEnglishOnly)
            continue;
        const std::vector<ClientText> texts = clientTexts(builtIn(file));
        EXPECT_GT(texts.size(), 5u) << qPrintable(file);
        for (const ClientText& text : texts)
            EXPECT_TRUE(text.hasSpanish) << qPrintable(file) << ": " << qPrintable(text.where);
    }
}

// Half a Spanish GAD-7 (our words around the instrument in English) would read as a mistake.
TEST(BuiltInForms, TheGad7HasNoSpanishAtAll) {
    for (const ClientText& text : clientTexts(builtIn(kEnglishOnly)))
        EXPECT_FALSE(text.hasSpanish) << qPrintable(text.where);
}

TEST(BuiltInForms, ThePhq9CarriesItsLoincCodesScaleAndLicence) {
    const Questionnaire form = builtIn(QStringLiteral("phq-9.json"));
    EXPECT_EQ(loincCodes(form.json), QStringList{QStringLiteral("44249-1")});
    expectScoredItems(
        form, QStringLiteral("phq-9-items"),
        {QStringLiteral("44250-9"), QStringLiteral("44255-8"), QStringLiteral("44259-0"),
         QStringLiteral("44254-1"), QStringLiteral("44251-7"), QStringLiteral("44258-2"),
         QStringLiteral("44252-5"), QStringLiteral("44253-3"), QStringLiteral("44260-8")});
    const QuestionnaireItem* total = findItem(form.items, QStringLiteral("phq-9-total"));
    ASSERT_NE(total, nullptr);
    EXPECT_TRUE(total->readOnly);
    EXPECT_EQ(loincCodes(total->json), QStringList{QStringLiteral("44261-6")});
    expectLicence(form);
}

TEST(BuiltInForms, TheGad7CarriesItsLoincCodesScaleAndLicence) {
    const Questionnaire form = builtIn(kEnglishOnly);
    EXPECT_EQ(loincCodes(form.json), QStringList{QStringLiteral("69737-5")});
    expectScoredItems(form, QStringLiteral("gad-7-items"),
                      {QStringLiteral("69725-0"), QStringLiteral("68509-9"),
                       QStringLiteral("69733-4"), QStringLiteral("69734-2"),
                       QStringLiteral("69735-9"), QStringLiteral("69689-8"),
                       QStringLiteral("69736-7")});
    const QuestionnaireItem* total = findItem(form.items, QStringLiteral("gad-7-total"));
    ASSERT_NE(total, nullptr);
    EXPECT_TRUE(total->readOnly);
    EXPECT_EQ(loincCodes(total->json), QStringList{QStringLiteral("70274-6")});
    expectLicence(form);
}
