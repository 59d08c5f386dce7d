#include "contact/CrisisLines.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stepstone;

namespace {

const QString kBuiltIn = QStringLiteral(STEPSTONE_ASSETS_DIR "/crisis-lines.json");
const QLocale kEnglish(QLocale::English);
const QLocale kSpanish(QLocale::Spanish);

CrisisLines builtIn(const QLocale& locale) {
    auto lines = CrisisLines::load(kBuiltIn, locale);
    EXPECT_TRUE(lines.ok()) << qPrintable(lines.ok() ? QString() : lines.error());
    return lines.ok() ? *lines : CrisisLines{};
}

const CrisisLine* lineNamed(const CrisisLines& lines, const char* id) {
    for (const CrisisLine& line : lines.lines())
        if (line.id == QLatin1String(id))
            return &line;
    return nullptr;
}

QString error(const char* json) {
    auto lines = CrisisLines::fromJson(QByteArray(json), kEnglish);
    return lines.ok() ? QStringLiteral("<read>") : lines.error();
}

QString writeFile(const QTemporaryDir& dir, const QByteArray& bytes) {
    const QString path = dir.filePath(QStringLiteral("crisis-lines.json"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

// The United States set from DESIGN §6: 988 first, call, text and chat; Spanish texts AYUDA.
TEST(CrisisLines, TheBuiltInSetIsTheUnitedStatesLinesInEnglish) {
    const CrisisLines lines = builtIn(kEnglish);
    ASSERT_FALSE(lines.lines().empty());
    const CrisisLine& first = lines.lines().front();
    EXPECT_EQ(first.id, "988-lifeline");
    EXPECT_EQ(first.name, "988 Suicide & Crisis Lifeline");
    ASSERT_EQ(first.contacts.size(), 3u);
    EXPECT_EQ(first.contacts[0].url.toString(), "tel:988");
    EXPECT_EQ(first.contacts[1].url.toString(), "sms:988");
    EXPECT_EQ(first.contacts[2].url.toString(), "https://988lifeline.org/chat");

    const CrisisLine* textLine = lineNamed(lines, "crisis-text-line");
    ASSERT_TRUE(textLine);
    EXPECT_EQ(textLine->contacts[0].url.toString(), "sms:741741?body=HOME");
    const CrisisLine* samhsa = lineNamed(lines, "samhsa-helpline");
    ASSERT_TRUE(samhsa);
    EXPECT_EQ(samhsa->contacts[0].url.toString(), "tel:18006624357");
    EXPECT_EQ(samhsa->contacts[1].note, "TTY");
}

TEST(CrisisLines, SpanishTextsAyudaAndReadsInSpanish) {
    const CrisisLines lines = builtIn(kSpanish);
    const CrisisLine& lifeline = lines.lines().front();
    EXPECT_EQ(lifeline.name, "988 Línea de Prevención del Suicidio y Crisis");
    EXPECT_EQ(lifeline.contacts[1].url.toString(), "sms:988?body=AYUDA");
    EXPECT_EQ(lineNamed(lines, "crisis-text-line")->contacts[0].url.toString(),
              "sms:741741?body=AYUDA");
}

// 988's "press 3" option ended in July 2025.
TEST(CrisisLines, TheEndedPressThreeOptionIsNotListed) {
    QFile file(kBuiltIn);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll()).toLower();
    EXPECT_FALSE(text.contains(QStringLiteral("press 3")));
    EXPECT_FALSE(text.contains(QStringLiteral("marca 3")));
}

TEST(CrisisLines, AMalformedFileSaysWhatIsWrong) {
    EXPECT_TRUE(error("{\"lines\": [").contains(QStringLiteral("not JSON")))
        << qPrintable(error("{"));
    EXPECT_EQ(error("{}"), "no \"lines\" list");
    EXPECT_EQ(error(R"({"lines": []})"), "no \"lines\" list");
    EXPECT_EQ(error(R"({"lines": [{"contacts": [{"kind": "call", "address": "988"}]}]})"),
              "a line has no English name");
    EXPECT_EQ(error(R"({"lines": [{"name": {"en": "Line"}, "contacts": []}]})"),
              "\"Line\" has no contacts, or too many");
    EXPECT_EQ(error(R"({"lines": [{"name": {"en": "Line"},
                        "contacts": [{"kind": "fax", "address": "988"}]}]})"),
              "Line: a contact's kind is \"fax\", not call, text or chat");
    EXPECT_EQ(error(R"({"lines": [{"name": {"en": "Line"},
                        "contacts": [{"kind": "call", "address": "call us"}]}]})"),
              "Line: \"call us\" is not a phone number");
    EXPECT_EQ(error(R"({"lines": [{"name": {"en": "Line"},
                        "contacts": [{"kind": "chat", "address": "http://chat.example"}]}]})"),
              "Line: the chat address \"http://chat.example\" is not an https address");
}

TEST(CrisisLines, TheClinicsFileReplacesTheBuiltInSet) {
    QTemporaryDir dir;
    const QString path = writeFile(dir, R"({"lines": [{"id": "samaritans",
        "name": {"en": "Samaritans"}, "contacts": [{"kind": "call", "address": "116 123"}]}]})");
    const CrisisLineChoice choice = chooseCrisisLines(path, builtIn(kEnglish), kEnglish);
    EXPECT_TRUE(choice.problem.isEmpty());
    ASSERT_EQ(choice.lines.lines().size(), 1u);
    EXPECT_EQ(choice.lines.lines()[0].contacts[0].url.toString(), "tel:116123");
}

TEST(CrisisLines, AMalformedClinicFileLeavesTheBuiltInSetAndAProblem) {
    QTemporaryDir dir;
    const QString path = writeFile(dir, "{\"lines\": [{\"name\": ");
    const CrisisLineChoice choice = chooseCrisisLines(path, builtIn(kEnglish), kEnglish);
    EXPECT_TRUE(choice.problem.startsWith(QStringLiteral("not JSON")))
        << qPrintable(choice.problem);
    ASSERT_FALSE(choice.lines.lines().empty());
    EXPECT_EQ(choice.lines.lines().front().id, "988-lifeline");

    const QString huge = writeFile(dir, QByteArray(300 * 1024, ' '));
    EXPECT_EQ(chooseCrisisLines(huge, builtIn(kEnglish), kEnglish).problem, "larger than 256 KB");
}

TEST(CrisisLines, NoClinicFileIsNoProblem) {
    QTemporaryDir dir;
    const CrisisLineChoice choice = chooseCrisisLines(
        dir.filePath(QStringLiteral("crisis-lines.json")), builtIn(kEnglish), kEnglish);
    EXPECT_TRUE(choice.problem.isEmpty());
    EXPECT_EQ(choice.lines.lines().front().id, "988-lifeline");
}
