#include "sync/QuestionnaireDownload.h"

#include "NetworkTestSupport.h"
#include "ScriptedHttpServer.h"
#include "StoreFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kUrl = QStringLiteral("https://clinic.example/fhir/Questionnaire/diary");

QJsonObject form(const QString& version, const QString& status = "active",
                 const QString& lastUpdated = "2026-11-01T10:00:00.000Z") {
    return QJsonObject{{"resourceType", "Questionnaire"},
                       {"id", "diary-" + version},
                       {"meta", QJsonObject{{"versionId", "m1"}, {"lastUpdated", lastUpdated}}},
                       {"url", kUrl},
                       {"version", version},
                       {"status", status},
                       {"item", QJsonArray{QJsonObject{{"linkId", "urge"}, {"type", "integer"}}}}};
}

QByteArray searchset(const QList<QJsonObject>& resources) {
    QJsonArray entries;
    for (const QJsonObject& resource : resources)
        entries.append(QJsonObject{{"resource", resource}});
    return QJsonDocument(
               QJsonObject{{"resourceType", "Bundle"}, {"type", "searchset"}, {"entry", entries}})
        .toJson(QJsonDocument::Compact);
}

HomeworkTask taskOn(const QString& id, const QString& canonical) {
    HomeworkTask task;
    task.id = id;
    task.versionId = QStringLiteral("1");
    task.status = QStringLiteral("ready");
    task.form = canonical;
    task.resource = QJsonObject{{"resourceType", "Task"}};
    return task;
}

class QuestionnaireDownloadTest : public StoreFixture {
protected:
    static void SetUpTestSuite() { ensureCoreApplication(); }

    std::optional<SyncFailure> download() {
        QuestionnaireDownload step(
            {m_profile->homework(), m_profile->forms(), m_account, m_client});
        SyncRun run{m_server.baseUrl(),
                    QStringLiteral("alex-rivera"),
                    {QStringLiteral("patient/Questionnaire.s")},
                    {}};
        std::optional<std::optional<SyncFailure>> result;
        step.run(run, [&](std::optional<SyncFailure> failure) { result = std::move(failure); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        return result.value_or(std::nullopt);
    }

    void assign(const std::vector<HomeworkTask>& tasks) {
        ASSERT_TRUE(m_profile->homework().replaceTasks(m_account, tasks, {}).ok());
    }

    QString cachedStatus(const QString& version) {
        auto cached = m_profile->forms().clinicForm(m_account, {kUrl, version});
        EXPECT_TRUE(cached.ok());
        return cached.ok() && *cached ? (*cached)->value("status").toString() : QString();
    }

    static FhirError::Kind kindOf(const std::optional<SyncFailure>& failure) {
        EXPECT_TRUE(failure && std::holds_alternative<FhirError>(*failure));
        return failure && std::holds_alternative<FhirError>(*failure)
                   ? std::get<FhirError>(*failure).kind
                   : FhirError::Kind::Offline;
    }

    ScriptedHttpServer m_server;
    CountingTokenSource m_tokens{m_server.baseUrl()};
    QNetworkAccessManager m_network;
    FhirClient m_client{m_network, m_tokens, {}};
};

} // namespace

// The server cannot search a canonical with its version in `url`: the version is split off at the
// last '|' and asked for on its own.
TEST_F(QuestionnaireDownloadTest, AVersionedFormIsAskedForByUrlAndVersionAndKept) {
    assign({taskOn("t1", kUrl + "|1.0")});
    m_server.respond(200, searchset({form("1.0")}));
    EXPECT_FALSE(download().has_value());
    ASSERT_EQ(m_server.requests().size(), 1);
    EXPECT_EQ(m_server.requests()[0].target.mid(m_server.requests()[0].target.indexOf('?')),
              "?url=https://clinic.example/fhir/Questionnaire/diary&version=1.0");
    EXPECT_EQ(cachedStatus("1.0"), "active");
    EXPECT_EQ(m_profile->homework().task(m_account, "t1")->formVersion, QStringLiteral("1.0"));

    EXPECT_FALSE(download().has_value());
    EXPECT_EQ(m_server.requests().size(), 1) << "a form on the device is not asked for again";
}

TEST_F(QuestionnaireDownloadTest, WithoutAVersionTheNewestActiveFormIsTaken) {
    assign({taskOn("t1", kUrl)});
    m_server.respond(200, searchset({form("1.0", "active", "2026-10-01T10:00:00.000Z"),
                                     form("3.0", "retired", "2026-11-20T10:00:00.000Z"),
                                     form("2.0", "active", "2026-11-01T10:00:00.000Z")}));
    EXPECT_FALSE(download().has_value());
    EXPECT_EQ(m_server.requests()[0].target.mid(m_server.requests()[0].target.indexOf('?')),
              "?url=https://clinic.example/fhir/Questionnaire/diary");
    EXPECT_EQ(m_profile->homework().task(m_account, "t1")->formVersion, QStringLiteral("2.0"));
    EXPECT_EQ(cachedStatus("2.0"), "active");
    EXPECT_EQ(cachedStatus("1.0"), "") << "only the chosen one is kept";
}

TEST_F(QuestionnaireDownloadTest, AMissingOrUnreadableFormIsReportedAndTheOthersStillComeDown) {
    assign({taskOn("missing", kUrl + "|9.9"), taskOn("broken", kUrl + "|1.0"),
            taskOn("fine", kUrl + "|2.0")});
    QJsonObject broken = form("1.0");
    broken["item"] = QJsonArray{QJsonObject{{"type", "string"}}}; // no linkId
    // Asked in the order of the Tasks: broken, fine, missing.
    m_server.respond(200, searchset({broken}));
    m_server.respond(200, searchset({form("2.0")}));
    m_server.respond(200, searchset({}));
    const auto failure = download();
    EXPECT_EQ(kindOf(failure), FhirError::Kind::Malformed) << "the first problem is told";
    EXPECT_EQ(m_server.requests().size(), 3);
    EXPECT_EQ(cachedStatus("1.0"), "") << "a form that cannot be read is not kept";
    EXPECT_EQ(cachedStatus("2.0"), "active");
    EXPECT_FALSE(m_profile->homework().task(m_account, "broken")->formVersion);
    EXPECT_EQ(m_profile->homework().task(m_account, "fine")->formVersion, QStringLiteral("2.0"));
}

TEST_F(QuestionnaireDownloadTest, NoTaskNeedingAFormAsksNothing) {
    HomeworkTask done = taskOn("done", kUrl + "|1.0");
    done.status = QStringLiteral("completed");
    assign({done});
    EXPECT_FALSE(download().has_value());
    EXPECT_TRUE(m_server.requests().isEmpty());
}
