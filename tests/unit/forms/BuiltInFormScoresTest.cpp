#include "forms/QuestionnaireParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <optional>

using namespace stepstone::forms;

// The built-in PHQ-9 and GAD-7 scored by the forms oracle (tests/fhir-forms/score.mjs, the npm
// fhirpath package), against the published scoring: each answer 0 (Not at all) to 3 (Nearly
// every day), the total their sum; PHQ-9 severity 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19
// moderately severe, 20-27 severe; GAD-7 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe.
namespace {

const QString kOracleDir = QStringLiteral(STEPSTONE_FORMS_ORACLE_DIR "/..");

// The LOINC answers in the published order, worth 0, 1, 2 and 3.
const QStringList kAnswers = {QStringLiteral("LA6568-5"), QStringLiteral("LA6569-3"),
                              QStringLiteral("LA6570-1"), QStringLiteral("LA6571-9")};
constexpr int kUnanswered = -1;

struct Expected {
    std::vector<int> points; // per item, in form order; kUnanswered leaves the item out
    int total;
    const char* severity;
};

struct Score {
    std::optional<double> total;
    QString severity;
};

class BuiltInInstrument : public ::testing::Test {
protected:
    void load(const QString& file) {
        m_path = QStringLiteral(STEPSTONE_ASSETS_DIR "/forms/") + file;
        QFile in(m_path);
        ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << qPrintable(m_path);
        auto form = parseQuestionnaire(in.readAll());
        ASSERT_TRUE(form.ok());
        m_form = *form;
        m_id = file.chopped(5);
        ASSERT_EQ(m_form.items.front().linkId, m_id + QStringLiteral("-items"));
    }

    // A response with the items of the form's first group answered with these points.
    QString respond(const std::vector<int>& points) {
        const auto& items = m_form.items.front().items;
        EXPECT_EQ(points.size(), items.size());
        QJsonArray answered;
        for (size_t i = 0; i < points.size() && i < items.size(); ++i) {
            if (points[i] == kUnanswered)
                continue;
            const Coding answer{QStringLiteral("http://loinc.org"), kAnswers[points[i]], {}};
            answered.append(
                QJsonObject{{QStringLiteral("linkId"), items[i].linkId},
                            {QStringLiteral("answer"),
                             QJsonArray{answerValueJson(answer, QLatin1String("value"))}}});
        }
        const QJsonObject response{
            {QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
            {QStringLiteral("status"), QStringLiteral("in-progress")},
            {QStringLiteral("item"),
             QJsonArray{QJsonObject{{QStringLiteral("linkId"), m_form.items.front().linkId},
                                    {QStringLiteral("item"), answered}}}}};
        const QString path = m_dir.filePath(QStringLiteral("response-%1.json").arg(++m_written));
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(response).toJson());
        return path;
    }

    QByteArray runOracle(const QString& script, const QStringList& arguments) {
        QProcess node;
        node.setWorkingDirectory(kOracleDir);
        node.start(QStringLiteral("node"), QStringList{script} + arguments);
        EXPECT_TRUE(node.waitForFinished(60000)) << qPrintable(script);
        EXPECT_EQ(node.exitCode(), 0) << node.readAllStandardError().toStdString();
        return node.readAllStandardOutput();
    }

    Score score(const std::vector<int>& points) {
        const QJsonObject values = QJsonDocument::fromJson(runOracle(QStringLiteral("score.mjs"),
                                                                     {m_path, respond(points)}))
                                       .object();
        Score result;
        if (const QJsonValue total = values.value(m_id + QStringLiteral("-total"));
            total.isDouble())
            result.total = total.toDouble();
        result.severity = values.value(m_id + QStringLiteral("-severity"))
                              .toObject()
                              .value(QLatin1String("code"))
                              .toString();
        return result;
    }

    void expectScores(const std::vector<Expected>& cases) {
        for (const Expected& expected : cases) {
            const Score scored = score(expected.points);
            EXPECT_EQ(scored.total, double(expected.total)) << "total " << expected.total;
            EXPECT_EQ(scored.severity.toStdString(), expected.severity)
                << "total " << expected.total;
        }
    }

    QString m_path;
    Questionnaire m_form;
    QString m_id; // "phq-9": its items sit under "phq-9-items", its scores are "phq-9-total"…
    QTemporaryDir m_dir;
    int m_written = 0;
};

} // namespace

TEST_F(BuiltInInstrument, Phq9TotalAndSeverityFollowThePublishedScoring) {
    load(QStringLiteral("phq-9.json"));
    expectScores({
        {{0, 0, 0, 0, 0, 0, 0, 0, 0}, 0, "minimal"},
        {{1, 1, 1, 1, 0, 0, 0, 0, 0}, 4, "minimal"},
        {{1, 1, 1, 1, 1, 0, 0, 0, 0}, 5, "mild"},
        {{0, 0, 0, 0, 1, 2, 2, 2, 2}, 9, "mild"},
        {{2, 2, 2, 2, 2, 0, 0, 0, 0}, 10, "moderate"},
        {{3, 3, 3, 3, 2, 0, 0, 0, 0}, 14, "moderate"},
        {{0, 0, 0, 0, 3, 3, 3, 3, 3}, 15, "moderately-severe"},
        {{3, 3, 3, 3, 3, 3, 1, 0, 0}, 19, "moderately-severe"},
        {{2, 2, 2, 2, 2, 2, 2, 3, 3}, 20, "severe"},
        {{3, 3, 3, 3, 3, 3, 3, 3, 3}, 27, "severe"},
    });
}

TEST_F(BuiltInInstrument, Gad7TotalAndSeverityFollowThePublishedScoring) {
    load(QStringLiteral("gad-7.json"));
    expectScores({
        {{0, 0, 0, 0, 0, 0, 0}, 0, "minimal"},
        {{1, 1, 1, 1, 0, 0, 0}, 4, "minimal"},
        {{0, 0, 1, 1, 1, 1, 1}, 5, "mild"},
        {{2, 2, 2, 2, 1, 0, 0}, 9, "mild"},
        {{0, 0, 2, 2, 2, 2, 2}, 10, "moderate"},
        {{3, 3, 3, 3, 2, 0, 0}, 14, "moderate"},
        {{0, 0, 3, 3, 3, 3, 3}, 15, "severe"},
        {{3, 3, 3, 3, 3, 3, 3}, 21, "severe"},
    });
}

// An unanswered form has no score yet: not 0, and above all not "severe".
TEST_F(BuiltInInstrument, NoAnswersGiveNoTotalAndNoSeverity) {
    for (const QString& file : {QStringLiteral("phq-9.json"), QStringLiteral("gad-7.json")}) {
        load(file);
        const Score scored =
            score(std::vector<int>(m_form.items.front().items.size(), kUnanswered));
        EXPECT_FALSE(scored.total.has_value()) << qPrintable(file);
        EXPECT_TRUE(scored.severity.isEmpty()) << qPrintable(file);
    }
}

// PHQ-9 item 9 asks about thoughts of self-harm: any answer above "Not at all" must let the app
// offer the crisis lines at once.
TEST_F(BuiltInInstrument, Phq9Item9AboveNotAtAllOffersTheCrisisLines) {
    load(QStringLiteral("phq-9.json"));
    const QuestionnaireItem& item9 = m_form.items.front().items.back();
    ASSERT_EQ(item9.linkId, QStringLiteral("44260-8"));
    QString expression;
    for (const auto& extension : item9.json.value(QLatin1String("extension")).toArray())
        if (extension.toObject().value(QLatin1String("url")).toString() ==
            u"https://stepstone.example/fhir/StructureDefinition/offer-crisis-lines") {
            const QJsonObject value =
                extension.toObject().value(QLatin1String("valueExpression")).toObject();
            EXPECT_EQ(value.value(QLatin1String("language")).toString(), u"text/fhirpath");
            expression = value.value(QLatin1String("expression")).toString();
        }
    ASSERT_FALSE(expression.isEmpty());

    // The oracle's result as JSON: [true], [false], or [] when the expression gives nothing.
    const auto offers = [&](int item9Points) {
        const std::vector<int> points{3, 3, 3, 3, 3, 3, 3, 3, item9Points};
        return runOracle(QStringLiteral("evaluate.mjs"), {m_path, respond(points), expression})
            .trimmed()
            .toStdString();
    };
    EXPECT_EQ(offers(kUnanswered), "[false]");
    EXPECT_EQ(offers(0), "[false]");
    EXPECT_EQ(offers(1), "[true]");
    EXPECT_EQ(offers(2), "[true]");
    EXPECT_EQ(offers(3), "[true]");
}
