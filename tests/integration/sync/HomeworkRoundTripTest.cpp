#include "ClinicSignIn.h"
#include "ClinicSyncTest.h"
#include "FaultProxy.h"
#include "sync/mapping/HomeworkFhir.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kSdcTemp = QStringLiteral("http://hl7.org/fhir/uv/sdc/CodeSystem/temp");
constexpr int kFormItems = 40;

QString messageFor(FhirError::Kind kind) {
    return FhirError{kind, 0, std::nullopt, {}}.message();
}

// Homework assigned at the clinic and answered on the device, against the shared clinic server.
// Each test assigns a Task and a Questionnaire of its own (unique ids and url), so that tests
// running in parallel never see each other's, and removes the Task at the end.
class HomeworkRoundTrip : public ClinicSyncTest {
protected:
    void SetUp() override {
        ClinicSyncTest::SetUp();
        if (HasFatalFailure())
            return;
        const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_formId = QStringLiteral("homework-form-") + unique;
        // A canonical url, not the server's address (which a proxy would rewrite in answers).
        m_url = QStringLiteral("https://forms.clinic.example/Questionnaire/") + m_formId;
        m_taskId = QStringLiteral("homework-") + unique;
        QJsonArray items;
        for (int n = 0; n < kFormItems; ++n)
            items.append(QJsonObject{{"linkId", QStringLiteral("q%1").arg(n)},
                                     {"text", QStringLiteral("Step %1").arg(n)},
                                     {"type", "string"}});
        ASSERT_EQ(therapistPut(m_clinic.fhirBase, "Questionnaire/" + m_formId,
                               m_clinic.therapistToken,
                               QJsonObject{{"resourceType", "Questionnaire"},
                                           {"id", m_formId},
                                           {"url", m_url},
                                           {"version", "1.0"},
                                           {"status", "active"},
                                           {"title", "Diary card (integration test)"},
                                           {"item", items}}),
                  200);
        ASSERT_EQ(therapistPut(m_clinic.fhirBase, "Task/" + m_taskId, m_clinic.therapistToken,
                               assignedTask(m_url + QStringLiteral("|1.0"))),
                  200);
    }

    void TearDown() override {
        if (!m_taskId.isEmpty())
            therapistSend(m_clinic.fhirBase, "DELETE", "Task/" + m_taskId, m_clinic.therapistToken);
    }

    QJsonObject assignedTask(const QString& canonical) const {
        const QJsonObject patient{{"reference", QStringLiteral("Patient/") + kPatient}};
        return QJsonObject{
            {"resourceType", "Task"},
            {"id", m_taskId},
            {"status", "ready"},
            {"intent", "order"},
            {"code",
             QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", kSdcTemp},
                                                           {"code", "complete-questionnaire"}}}}}},
            {"description", "Diary card, every evening this week"},
            {"for", patient},
            {"owner", patient},
            {"requester", QJsonObject{{"reference", "Practitioner/morgan-chen"}}},
            {"authoredOn", "2026-11-30T09:00:00-06:00"},
            {"restriction",
             QJsonObject{{"period", QJsonObject{{"end", "2026-12-06T21:00:00-06:00"}}}}},
            {"input",
             QJsonArray{QJsonObject{
                 {"type",
                  QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", kSdcTemp},
                                                                {"code", "questionnaire"}}}}}},
                 {"valueCanonical", canonical}}}}};
    }

    HomeworkStore& homework() { return m_device->profile().homework(); }

    // The form the Task's page opens: its canonical at the version the download found.
    QString openedForm(HomeworkStore& store, ClinicAccountId account) {
        auto task = store.task(account, m_taskId);
        EXPECT_TRUE(task.ok()) << "the Task came down";
        if (!task)
            return {};
        FormCanonical form = FormCanonical::parse(task->form);
        form.version = task->formVersion.value_or(form.version);
        return form.text();
    }

    HomeworkTask localTask() {
        auto task = homework().task(m_account, m_taskId);
        EXPECT_TRUE(task.ok()) << "the Task came down";
        return task.ok() ? *task : HomeworkTask{};
    }

    QJsonObject serverTask() {
        return fhirGet(m_clinic.fhirBase, "Task/" + m_taskId, m_clinic.therapistToken).resource;
    }

    QList<QJsonObject> responsesOnServer(const QUuid& id) {
        return fhirSearch(m_clinic.fhirBase, HomeworkFhir::responseSearch(id),
                          m_clinic.therapistToken);
    }

    // Another process opens the device's profile, as the next app run would, and answers the
    // Task's form one item at a time until it is SIGKILLed after `acks` saved answers. The
    // highest answer number it was told was saved.
    long long answerInAnotherProcessUntilKilled(int acks) {
        QProcess writer;
        writer.start(QStringLiteral(HOMEWORK_WRITER),
                     {m_device->databasePath(),
                      QString::fromLatin1(m_device->databaseKey().bytes().toHex()),
                      m_clinic.fhirBase.toString(), QString::fromLatin1(kPatient), m_taskId});
        EXPECT_TRUE(writer.waitForStarted());
        QByteArray output;
        while (output.count("ack ") < acks && writer.waitForReadyRead(10000))
            output += writer.readAllStandardOutput();
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished();
        output += writer.readAllStandardOutput();
        EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit)
            << writer.readAllStandardError().constData();
        long long acknowledged = -1;
        for (const QByteArray& line : output.split('\n'))
            if (line.startsWith("ack "))
                acknowledged = std::max(acknowledged, line.mid(4).toLongLong());
        return acknowledged;
    }

    static QJsonObject withAnswer(QJsonObject response, int n) {
        QJsonArray items = response.value("item").toArray();
        items.append(QJsonObject{
            {"linkId", QStringLiteral("q%1").arg(n)},
            {"answer",
             QJsonArray{QJsonObject{{"valueString", QStringLiteral("final %1").arg(n)}}}}});
        response.insert("item", items);
        return response;
    }

    // The R4 JSON schema (tests/fhir-schema, an oracle nobody here wrote) on what the clinic
    // holds: the check's output, empty when every resource is valid.
    static QString schemaProblems(const QList<QJsonObject>& resources) {
        QTemporaryDir dir;
        QStringList files;
        for (qsizetype i = 0; i < resources.size(); ++i) {
            QFile file(dir.filePath(QStringLiteral("resource-%1.json").arg(i)));
            if (!file.open(QIODevice::WriteOnly))
                return QStringLiteral("cannot write ") + file.fileName();
            file.write(QJsonDocument(resources[i]).toJson());
            files << file.fileName();
        }
        QProcess node;
        node.start(QStringLiteral("node"), QStringList{QStringLiteral(FHIR_SCHEMA_CHECK)} + files);
        if (!node.waitForFinished(60000))
            return QStringLiteral("the schema check did not finish");
        const QString output =
            QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
        return node.exitCode() == 0 ? QString() : output;
    }

    // The Task without what the client may change and what the server keeps for itself.
    static QJsonObject clinicFields(QJsonObject task) {
        for (const char* key : {"status", "statusReason", "output", "meta", "text"})
            task.remove(QLatin1String(key));
        return task;
    }

    QString m_formId;
    QString m_url;
    QString m_taskId;
};

} // namespace

// The round trip the issue asks for: a Task assigned at the clinic comes down with its form;
// its draft is filled in one process that is killed, resumed in another, finished and submitted;
// the clinic then holds exactly one response (by the device's identifier), completed, valid R4,
// and the Task completed pointing at it, with every other field of the Task as the clinic wrote
// it.
TEST_F(HomeworkRoundTrip, AKilledDraftIsResumedSubmittedAndOnTheServerExactlyOnce) {
    ASSERT_TRUE(sync());
    const HomeworkTask downloaded = localTask();
    ASSERT_EQ(downloaded.status, "ready");
    EXPECT_EQ(downloaded.due, "2026-12-06T21:00:00-06:00");
    EXPECT_EQ(downloaded.formVersion, QStringLiteral("1.0"));
    auto form = m_device->profile().forms().clinicForm(m_account, {m_url, "1.0"});
    ASSERT_TRUE(form.ok() && *form) << "the form is kept for offline use";
    EXPECT_EQ((*form)->value("item").toArray().size(), kFormItems);

    const long long acknowledged = answerInAnotherProcessUntilKilled(4);
    // The other process ran on the system clock; this device's clock catches up with it.
    m_clock->advanceSeconds(m_clock->now().secsTo(QDateTime::currentDateTimeUtc()) + 1);
    ASSERT_GE(acknowledged, 3);
    auto draft = homework().responseForTask(m_account, m_taskId);
    ASSERT_TRUE(draft.ok() && *draft);
    const HomeworkResponse resumed = **draft;
    EXPECT_EQ(resumed.questionnaire, m_url + "|1.0");
    const qsizetype saved = resumed.response.value("item").toArray().size();
    ASSERT_GT(saved, acknowledged) << "every answer the killed process saved is there";

    ASSERT_TRUE(sync()) << "the draft goes up in progress";
    QList<QJsonObject> onServer = responsesOnServer(resumed.id);
    ASSERT_EQ(onServer.size(), 1);
    EXPECT_EQ(onServer[0]["status"].toString(), "in-progress");
    EXPECT_EQ(serverTask()["status"].toString(), "in-progress");

    QJsonObject finished = resumed.response;
    for (int n = int(saved); n < saved + 2; ++n)
        finished = withAnswer(finished, n);
    m_clock->advanceSeconds(60);
    ASSERT_TRUE(homework().saveDraft(resumed.id, finished).ok());
    ASSERT_TRUE(homework().submit(resumed.id, withAnswer(finished, int(saved) + 2)).ok());
    ASSERT_TRUE(sync());
    ASSERT_TRUE(sync()) << "a second run sends nothing new";

    onServer = responsesOnServer(resumed.id);
    ASSERT_EQ(onServer.size(), 1) << "exactly one response, by the device's identifier";
    const QJsonObject response = onServer[0];
    EXPECT_EQ(response["status"].toString(), "completed");
    EXPECT_EQ(response["questionnaire"].toString(), m_url + "|1.0");
    EXPECT_EQ(response["subject"]["reference"].toString(), "Patient/alex-rivera");
    EXPECT_EQ(response["item"].toArray().size(), saved + 3);
    EXPECT_EQ(response["item"].toArray().last()["answer"][0]["valueString"].toString(),
              QStringLiteral("final %1").arg(saved + 2));

    const QJsonObject task = serverTask();
    EXPECT_EQ(task["status"].toString(), "completed");
    const QJsonArray outputs = task["output"].toArray();
    ASSERT_EQ(outputs.size(), 1);
    EXPECT_EQ(outputs[0]["valueReference"]["reference"].toString(),
              "QuestionnaireResponse/" + response["id"].toString());
    EXPECT_EQ(outputs[0]["type"]["coding"][0]["code"].toString(), "questionnaire-response");
    EXPECT_EQ(clinicFields(task), clinicFields(downloaded.resource))
        << "the client changed nothing of the Task but status, statusReason and output";
    EXPECT_EQ(schemaProblems({response, task}), QString());

    auto local = homework().task(m_account, m_taskId);
    EXPECT_FALSE(local->localStatus) << "nothing left to send";
    EXPECT_EQ(*m_device->profile().outbox().count(m_account), 0);
}

// The clinic made the response and updated the Task, and its answer never reached the device.
// The retry finds the response by its identifier, updates it, and resolves the Task's 412 by the
// conflict rule: still exactly one response, and the Task completed.
TEST_F(HomeworkRoundTrip, ARetryAfterALostAnswerMakesNoSecondResponse) {
    auto signIn = signInToClinic(m_clinic.fhirBase, QStringLiteral("alex"));
    ASSERT_TRUE(signIn.grant.ok());
    FaultProxy proxy(m_clinic.fhirBase);
    SyncingDevice device(*signIn.grant, proxy.fhirBase());
    ASSERT_TRUE(device.isReady());
    ASSERT_TRUE(device.syncUntilDone(3));
    HomeworkStore& store = device.profile().homework();
    auto draft = store.startForTask(device.account(), m_taskId, openedForm(store, device.account()),
                                    withAnswer({}, 0));
    ASSERT_TRUE(draft.ok());
    ASSERT_TRUE(store.submit(draft->id, withAnswer(withAnswer({}, 0), 1)).ok());

    int lost = 0;
    proxy.setRewriter(
        [&](const HttpRequest& request, const HttpResponse&) -> std::optional<HttpResponse> {
            if (request.method != "POST" || lost > 0)
                return std::nullopt;
            ++lost;
            return HttpResponse{502, {{"content-type", "text/plain"}}, "answer lost"};
        });
    EXPECT_EQ(device.syncOnce(), false) << "the run with the lost answer fails";
    EXPECT_EQ(lost, 1);
    EXPECT_EQ(responsesOnServer(draft->id).size(), 1) << "the clinic did the work";
    proxy.setRewriter({});
    ASSERT_TRUE(device.syncUntilDone(3)) << qPrintable(device.engine().lastError());

    const QList<QJsonObject> onServer = responsesOnServer(draft->id);
    ASSERT_EQ(onServer.size(), 1) << "no second response";
    EXPECT_EQ(onServer[0]["status"].toString(), "completed");
    EXPECT_EQ(onServer[0]["item"].toArray().size(), 2);
    const QJsonObject task = serverTask();
    EXPECT_EQ(task["status"].toString(), "completed");
    EXPECT_EQ(task["output"][0]["valueReference"]["reference"].toString(),
              "QuestionnaireResponse/" + onServer[0]["id"].toString());
    EXPECT_EQ(*device.profile().outbox().count(device.account()), 0);
}

// What the clinic sends may be broken: a Task that is not FHIR, a form the clinic does not have.
// The run says so in words a client reads; the draft and the Task kept on the device stay as
// they were, and what can be read still comes down.
TEST_F(HomeworkRoundTrip, ABrokenTaskOrAMissingFormIsReportedAndNoDraftIsLost) {
    auto signIn = signInToClinic(m_clinic.fhirBase, QStringLiteral("alex"));
    ASSERT_TRUE(signIn.grant.ok());
    FaultProxy proxy(m_clinic.fhirBase);
    SyncingDevice device(*signIn.grant, proxy.fhirBase());
    ASSERT_TRUE(device.isReady());
    ASSERT_TRUE(device.syncUntilDone(3));
    HomeworkStore& store = device.profile().homework();
    const QString seenUrl = m_url;
    const QString opened = openedForm(store, device.account());
    ASSERT_EQ(opened, seenUrl + "|1.0");
    auto draft = store.startForTask(device.account(), m_taskId, opened, withAnswer({}, 0));
    ASSERT_TRUE(draft.ok());
    ASSERT_TRUE(device.syncUntilDone(3));
    const HomeworkTask before = *store.task(device.account(), m_taskId);

    // The Task of this test arrives broken: its status is a number, its input gone.
    const QByteArray taskSearch = "/Task?";
    proxy.setRewriter(
        [&](const HttpRequest& request, const HttpResponse& answer) -> std::optional<HttpResponse> {
            if (request.method != "GET" || !request.target.contains(taskSearch))
                return std::nullopt;
            QJsonObject bundle = QJsonDocument::fromJson(answer.body).object();
            QJsonArray entries = bundle["entry"].toArray();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                QJsonObject entry = entries[i].toObject();
                QJsonObject resource = entry["resource"].toObject();
                if (resource["id"].toString() != m_taskId)
                    continue;
                resource["status"] = 7;
                resource.remove("input");
                entry["resource"] = resource;
                entries[i] = entry;
            }
            bundle["entry"] = entries;
            HttpResponse broken = answer;
            broken.body = QJsonDocument(bundle).toJson(QJsonDocument::Compact);
            return broken;
        });
    EXPECT_EQ(device.syncOnce(), false);
    EXPECT_EQ(device.engine().lastError(), messageFor(FhirError::Kind::Malformed));
    EXPECT_EQ(*store.task(device.account(), m_taskId), before) << "the stored Task stays";
    EXPECT_EQ(store.response(draft->id)->response, withAnswer({}, 0)) << "the draft stays";

    // Now the clinic's answer for the form is empty: the clinic does not have it.
    proxy.setRewriter(
        [&](const HttpRequest& request, const HttpResponse& answer) -> std::optional<HttpResponse> {
            if (!request.target.contains("/Questionnaire?") ||
                !request.target.contains(m_formId.toUtf8()))
                return std::nullopt;
            HttpResponse empty = answer;
            empty.body = R"({"resourceType":"Bundle","type":"searchset","total":0})";
            return empty;
        });
    ASSERT_TRUE(therapistPut(m_clinic.fhirBase, "Task/" + m_taskId, m_clinic.therapistToken,
                             assignedTask(m_url + "|2.0")) == 200);
    EXPECT_EQ(device.syncOnce(), false);
    EXPECT_EQ(device.engine().lastError(), messageFor(FhirError::Kind::Gone));
    const HomeworkTask moved = *store.task(device.account(), m_taskId);
    EXPECT_EQ(moved.form, seenUrl + "|2.0") << "the readable Task came down";
    EXPECT_FALSE(moved.formVersion) << "with no form found for it";
    auto kept = device.profile().forms().clinicForm(device.account(), {seenUrl, "1.0"});
    EXPECT_TRUE(kept.ok() && *kept) << "the draft's form stays on the device";
    auto resumed = store.responseForTask(device.account(), m_taskId);
    ASSERT_TRUE(resumed.ok() && *resumed);
    EXPECT_EQ((*resumed)->id, draft->id);
    EXPECT_EQ((*resumed)->questionnaire, opened) << "the draft stays on its version";
    EXPECT_EQ((*resumed)->response, withAnswer({}, 0));
    proxy.setRewriter({});
}
