#include "store/HomeworkStore.h"

#include "StoreFixture.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kForm = QStringLiteral("https://clinic.example/Questionnaire/thought-record|2.0");

HomeworkTask taskAt(const QString& id, const QString& due, const QString& status = "ready") {
    HomeworkTask task;
    task.id = id;
    task.versionId = QStringLiteral("v1");
    task.status = status;
    task.due = due;
    task.form = kForm;
    task.description = QStringLiteral("Thought record");
    task.resource = QJsonObject{{"resourceType", "Task"}, {"id", id}, {"status", status}};
    return task;
}

QJsonObject answers(const QString& text) {
    return QJsonObject{{"resourceType", "QuestionnaireResponse"},
                       {"item", QJsonArray{QJsonObject{
                                    {"linkId", "situation"},
                                    {"answer", QJsonArray{QJsonObject{{"valueString", text}}}}}}}};
}

class HomeworkStoreTest : public StoreFixture {
protected:
    HomeworkStore& homework() { return m_profile->homework(); }

    bool queued(ClinicAccountId account, const QUuid& id) {
        auto is = m_profile->outbox().isQueued(
            account, {QString::fromLatin1(HomeworkStore::kResponseRecordType),
                      id.toString(QUuid::WithoutBraces)});
        return is.ok() && *is;
    }
};

} // namespace

TEST_F(HomeworkStoreTest, TasksComeBackAsDownloadedSoonestDueFirst) {
    const std::vector<HomeworkTask> listed{taskAt("later", "2026-11-20T17:00:00-06:00"),
                                           taskAt("undated", ""),
                                           taskAt("sooner", "2026-11-10T17:00:00-06:00")};
    ASSERT_TRUE(homework().replaceTasks(m_account, listed, {}).ok());
    const ClinicAccountId other = addAccount("jordan-lee");
    auto profile = reopened();
    auto tasks = profile->homework().tasks(m_account);
    ASSERT_TRUE(tasks.ok());
    ASSERT_EQ(tasks->size(), 3u);
    EXPECT_EQ((*tasks)[0], listed[2]);
    EXPECT_EQ((*tasks)[1], listed[0]);
    EXPECT_EQ((*tasks)[2], listed[1]);
    EXPECT_TRUE(profile->homework().tasks(other)->empty())
        << "another patient's homework is not this one's";
}

TEST_F(HomeworkStoreTest, ADraftBeginsInOneTransactionAndTheTaskIsThenInProgress) {
    const ClinicAccountId other = addAccount("jordan-lee");
    ASSERT_TRUE(homework().replaceTasks(m_account, {taskAt("t1", "")}, {}).ok());
    auto draft = homework().startForTask(m_account, "t1", kForm, answers("at work"));
    ASSERT_TRUE(draft.ok()) << qPrintable(draft.error().detail);
    EXPECT_EQ(draft->status, HomeworkResponse::Status::InProgress);
    EXPECT_EQ(draft->questionnaire, kForm);
    EXPECT_EQ(draft->taskId, "t1");
    EXPECT_TRUE(queued(m_account, draft->id));
    EXPECT_FALSE(queued(other, draft->id)) << "a clinic's homework goes to that clinic only";
    auto task = homework().task(m_account, "t1");
    EXPECT_EQ(task->status, "ready") << "the clinic's word stays as it was";
    EXPECT_EQ(task->currentStatus(), "in-progress");

    auto resumed = homework().startForTask(m_account, "t1", kForm, answers("ignored"));
    ASSERT_TRUE(resumed.ok());
    EXPECT_EQ(resumed->id, draft->id) << "opening the Task again resumes its draft";
    EXPECT_EQ(resumed->response, answers("at work"));
}

TEST_F(HomeworkStoreTest, EverySavedAnswerIsInTheFileAndQueued) {
    ASSERT_TRUE(homework().replaceTasks(m_account, {taskAt("t1", "")}, {}).ok());
    auto draft = homework().startForTask(m_account, "t1", kForm, answers(""));
    ASSERT_TRUE(draft.ok());
    ASSERT_TRUE(m_profile->outbox()
                    .markSent(m_account,
                              {QString::fromLatin1(HomeworkStore::kResponseRecordType),
                               draft->id.toString(QUuid::WithoutBraces)},
                              m_clock.now().toMSecsSinceEpoch(), m_clock.now().toMSecsSinceEpoch(),
                              false)
                    .ok());
    m_clock.advanceSeconds(60);
    ASSERT_TRUE(homework().saveDraft(draft->id, answers("a hard meeting")).ok());
    EXPECT_TRUE(queued(m_account, draft->id)) << "a saved draft is queued again";
    auto profile = reopened();
    auto read = profile->homework().response(draft->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->response, answers("a hard meeting"));
    EXPECT_EQ(read->updatedAt, m_clock.now());
    EXPECT_EQ(read->createdAt, m_clock.now().addSecs(-60));
}

TEST_F(HomeworkStoreTest, SubmittingCompletesTheResponseAndItsTaskAndEndsTheDraft) {
    ASSERT_TRUE(homework().replaceTasks(m_account, {taskAt("t1", "")}, {}).ok());
    auto draft = homework().startForTask(m_account, "t1", kForm, answers("x"));
    ASSERT_TRUE(homework().submit(draft->id, answers("final")).ok());
    auto read = homework().response(draft->id);
    EXPECT_EQ(read->status, HomeworkResponse::Status::Completed);
    EXPECT_EQ(read->response, answers("final"));
    EXPECT_EQ(homework().task(m_account, "t1")->currentStatus(), "completed");
    auto late = homework().saveDraft(draft->id, answers("changed"));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().kind, StoreErrorKind::InvalidInput);
    EXPECT_EQ(homework().response(draft->id)->response, answers("final"));
}

TEST_F(HomeworkStoreTest, AFormTheClientStartsOnTheirOwnStaysOnTheDevice) {
    auto own = homework().startOwn(QStringLiteral("https://stepstone.app/forms/phq-9|1.0.0"),
                                   answers("x"));
    ASSERT_TRUE(own.ok());
    EXPECT_FALSE(own->account);
    ASSERT_TRUE(homework().submit(own->id, answers("y")).ok());
    EXPECT_EQ(*m_profile->outbox().count(m_account), 0);
}

TEST_F(HomeworkStoreTest, TheLiveResponsesOfAnAccountOrTheClientsOwnLatestChangedFirst) {
    ASSERT_TRUE(homework().replaceTasks(m_account, {taskAt("t1", ""), taskAt("t2", "")}, {}).ok());
    auto first = homework().startOwn(QStringLiteral("https://stepstone.app/forms/phq-9|1.0.0"),
                                     answers("a"));
    m_clock.advanceSeconds(60);
    auto second = homework().startOwn(QStringLiteral("https://stepstone.app/forms/gad-7|1.0.0"),
                                      answers("b"));
    auto forTask = homework().startForTask(m_account, "t1", kForm, answers("c"));
    auto gone = homework().startForTask(m_account, "t2", kForm, answers("d"));
    ASSERT_TRUE(first.ok() && second.ok() && forTask.ok() && gone.ok());
    ASSERT_TRUE(homework().discard(gone->id).ok());
    m_clock.advanceSeconds(60);
    ASSERT_TRUE(homework().saveDraft(first->id, answers("a2")).ok());

    auto own = homework().liveResponses(std::nullopt);
    ASSERT_TRUE(own.ok());
    ASSERT_EQ(own->size(), 2U);
    EXPECT_EQ((*own)[0].id, first->id) << "its answer came last";
    EXPECT_EQ((*own)[1].id, second->id);
    auto clinic = homework().liveResponses(m_account);
    ASSERT_TRUE(clinic.ok());
    ASSERT_EQ(clinic->size(), 1U) << "the discarded one is not listed";
    EXPECT_EQ(clinic->front().id, forTask->id);
}

TEST_F(HomeworkStoreTest, OnlyTheClientsOwnChangesAskForASync) {
    QSignalSpy byClient(&homework(), &HomeworkStore::changedByClient);
    QSignalSpy any(&homework(), &HomeworkStore::changed);
    ASSERT_TRUE(homework().replaceTasks(m_account, {taskAt("t1", "")}, {}).ok());
    EXPECT_EQ(any.count(), 1);
    EXPECT_EQ(byClient.count(), 0) << "a download is not the client's change";
    auto draft = homework().startForTask(m_account, "t1", kForm, answers("a"));
    ASSERT_TRUE(draft.ok());
    ASSERT_TRUE(homework().saveDraft(draft->id, answers("b")).ok());
    ASSERT_TRUE(homework().submit(draft->id, answers("c")).ok());
    EXPECT_EQ(byClient.count(), 3);
    EXPECT_EQ(any.count(), 4);
}

TEST_F(HomeworkStoreTest, ADiscardedDraftKeepsATombstoneWithoutItsAnswers) {
    ASSERT_TRUE(homework().replaceTasks(m_account, {taskAt("t1", "")}, {}).ok());
    auto draft = homework().startForTask(m_account, "t1", kForm, answers("private words"));
    ASSERT_TRUE(homework().discard(draft->id).ok());
    auto read = homework().response(draft->id);
    ASSERT_TRUE(read.ok());
    EXPECT_TRUE(read->deletedAt);
    EXPECT_TRUE(read->response.isEmpty());
    EXPECT_TRUE(queued(m_account, draft->id)) << "the clinic's copy must go too";
    auto again = homework().startForTask(m_account, "t1", kForm, answers(""));
    ASSERT_TRUE(again.ok());
    EXPECT_NE(again->id, draft->id) << "the Task can be started afresh";
}

TEST_F(HomeworkStoreTest, ADownloadKeepsTheClientsStatusChangeAndTasksStillInUse) {
    ASSERT_TRUE(homework()
                    .replaceTasks(
                        m_account,
                        {taskAt("answered", ""), taskAt("untouched", ""), taskAt("unreadable", "")},
                        {})
                    .ok());
    ASSERT_TRUE(homework().setFormVersion(m_account, "answered", "2.0").ok());
    auto draft = homework().startForTask(m_account, "answered", kForm, answers("x"));
    ASSERT_TRUE(draft.ok());

    HomeworkTask changed = taskAt("answered", "2026-12-01", "ready");
    changed.versionId = QStringLiteral("v2");
    changed.description = QStringLiteral("Thought record, two situations");
    ASSERT_TRUE(homework().replaceTasks(m_account, {changed}, {QStringLiteral("unreadable")}).ok());
    auto tasks = homework().tasks(m_account);
    ASSERT_EQ(tasks->size(), 2u);
    const HomeworkTask& answered = (*tasks)[0].id == "answered" ? (*tasks)[0] : (*tasks)[1];
    EXPECT_EQ(answered.versionId, "v2") << "the clinic's own fields follow the clinic";
    EXPECT_EQ(answered.description, "Thought record, two situations");
    EXPECT_EQ(answered.currentStatus(), "in-progress") << "the client's change waits to be sent";
    EXPECT_EQ(answered.formVersion, QStringLiteral("2.0"));

    ASSERT_TRUE(homework().replaceTasks(m_account, {}, {}).ok());
    tasks = homework().tasks(m_account);
    ASSERT_EQ(tasks->size(), 1u) << "a Task with a draft is kept even when the clinic drops it";
    EXPECT_EQ(tasks->front().id, "answered");
}

TEST_F(HomeworkStoreTest, TheSyncRecordsWhatTheClinicAccepted) {
    ASSERT_TRUE(homework().replaceTasks(m_account, {taskAt("t1", "")}, {}).ok());
    auto draft = homework().startForTask(m_account, "t1", kForm, answers("x"));
    ASSERT_TRUE(homework().setServerId(draft->id, "server-qr").ok());
    const QJsonObject sent{{"resourceType", "Task"}, {"id", "t1"}, {"status", "in-progress"}};
    ASSERT_TRUE(homework().taskSent(m_account, "t1", "in-progress", sent, "v2").ok());
    auto task = homework().task(m_account, "t1");
    EXPECT_EQ(task->versionId, "v2");
    EXPECT_EQ(task->resource, sent);
    EXPECT_FALSE(task->localStatus);
    EXPECT_EQ(homework().response(draft->id)->serverId, "server-qr");

    // Submitted while the in-progress upload was under way: completed still waits.
    ASSERT_TRUE(homework().submit(draft->id, answers("y")).ok());
    ASSERT_TRUE(homework().taskSent(m_account, "t1", "in-progress", sent, "v3").ok());
    EXPECT_EQ(homework().task(m_account, "t1")->currentStatus(), "completed");
}

// A profile last opened by schema 8 opens at 9 with everything it held, and homework works.
TEST_F(HomeworkStoreTest, AProfileFromSchema8GainsHomeworkAndKeepsItsData) {
    const QString path = m_dir.filePath(QStringLiteral("v8.db"));
    const auto all = schemaMigrations().first(9);
    ASSERT_EQ(all.back().version, 9);
    {
        auto old = Database::open(path, m_key, Database::Mode::CreateIfMissing, all.first(8));
        ASSERT_TRUE(old.ok());
        ASSERT_TRUE((*old)
                        ->exec(R"sql(
INSERT INTO clinic_account (id, fhir_base, patient_id, last_used_at)
    VALUES (1, 'https://clinic.example/fhir', 'alex-rivera', 5);
INSERT INTO outbox (account_id, record_type, record_id, queued_at) VALUES (1, 'craving', 'c1', 7);
INSERT INTO lapse (id, occurred_at, occurred_offset_s, created_at, created_offset_s, updated_at,
                   updated_offset_s) VALUES ('l1', 1, 0, 1, 0, 1, 0);
)sql")
                        .ok());
        EXPECT_EQ((*old)->schemaVersion(), 8);
    }
    auto db = Database::open(path, m_key, Database::Mode::OpenExisting, all);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ((*db)->schemaVersion(), 9);
    EXPECT_EQ(*Outbox(**db).count(ClinicAccountId{1}), 1);
    HomeworkStore store(**db, m_clock);
    ASSERT_TRUE(store.replaceTasks(ClinicAccountId{1}, {taskAt("t1", "")}, {}).ok());
    auto draft = store.startForTask(ClinicAccountId{1}, "t1", kForm, answers("x"));
    ASSERT_TRUE(draft.ok());
    EXPECT_EQ(*Outbox(**db).count(ClinicAccountId{1}), 2);
    auto lapses = (*db)->prepared("SELECT count(*) FROM lapse");
    ASSERT_TRUE(lapses.ok() && (*lapses)->step().ok());
    EXPECT_EQ((*lapses)->integer(0), 1);
    (*lapses)->reset();
}
