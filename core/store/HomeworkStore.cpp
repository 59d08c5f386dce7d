#include "store/HomeworkStore.h"

#include "common/LocalTime.h"
#include "store/Outbox.h"
#include "store/StoredMoment.h"

#include <QJsonDocument>
#include <map>

namespace stepstone {

namespace {

constexpr char kSelectTasks[] = R"sql(
SELECT id, version_id, status, status_reason, due, form, form_version, description, resource,
       local_status, local_status_reason
FROM homework_task WHERE account_id = ?1
ORDER BY due = '', due, id)sql";
constexpr char kSelectTask[] = R"sql(
SELECT id, version_id, status, status_reason, due, form, form_version, description, resource,
       local_status, local_status_reason
FROM homework_task WHERE account_id = ?1 AND id = ?2)sql";
constexpr char kWriteTask[] = R"sql(
INSERT OR REPLACE INTO homework_task (account_id, id, version_id, status, status_reason, due, form,
                                      form_version, description, resource, local_status,
                                      local_status_reason)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql";
constexpr char kRemoveTask[] = "DELETE FROM homework_task WHERE account_id = ?1 AND id = ?2";
constexpr char kTaskIsAnswered[] = R"sql(
SELECT 1 FROM homework_response
WHERE account_id = ?1 AND task_id = ?2 AND deleted_at IS NULL)sql";
constexpr char kSetFormVersion[] =
    "UPDATE homework_task SET form_version = ?3 WHERE account_id = ?1 AND id = ?2";
constexpr char kSetLocalStatus[] = R"sql(
UPDATE homework_task SET local_status = ?3, local_status_reason = ''
WHERE account_id = ?1 AND id = ?2)sql";
constexpr char kRebaseTask[] = R"sql(
UPDATE homework_task
SET version_id = ?3, status = ?4, status_reason = ?5, due = ?6,
    form_version = CASE WHEN form = ?7 THEN form_version END, form = ?7, description = ?8,
    resource = ?9
WHERE account_id = ?1 AND id = ?2)sql";
constexpr char kTaskSent[] = R"sql(
UPDATE homework_task
SET version_id = ?3, status = ?4, status_reason = ?5, resource = ?6,
    local_status = CASE WHEN local_status = ?4 THEN NULL ELSE local_status END,
    local_status_reason = CASE WHEN local_status = ?4 THEN NULL ELSE local_status_reason END
WHERE account_id = ?1 AND id = ?2)sql";

constexpr char kSelectResponse[] = R"sql(
SELECT id, account_id, task_id, questionnaire, status, response, server_id, created_at,
       created_offset_s, updated_at, updated_offset_s, deleted_at
FROM homework_response WHERE id = ?1)sql";
constexpr char kSelectResponseForTask[] = R"sql(
SELECT id, account_id, task_id, questionnaire, status, response, server_id, created_at,
       created_offset_s, updated_at, updated_offset_s, deleted_at
FROM homework_response WHERE account_id = ?1 AND task_id = ?2 AND deleted_at IS NULL)sql";
// `IS` matches a NULL account too: the client's own forms.
constexpr char kSelectLiveResponses[] = R"sql(
SELECT id, account_id, task_id, questionnaire, status, response, server_id, created_at,
       created_offset_s, updated_at, updated_offset_s, deleted_at
FROM homework_response WHERE account_id IS ?1 AND deleted_at IS NULL
ORDER BY updated_at DESC, id)sql";
constexpr char kInsertResponse[] = R"sql(
INSERT INTO homework_response (id, account_id, task_id, questionnaire, status, response,
                               created_at, created_offset_s, updated_at, updated_offset_s)
VALUES (?1, ?2, ?3, ?4, 'in-progress', ?5, ?6, ?7, ?6, ?7))sql";
constexpr char kWriteAnswers[] = R"sql(
UPDATE homework_response SET response = ?2, status = ?3, updated_at = ?4, updated_offset_s = ?5
WHERE id = ?1 AND deleted_at IS NULL AND status = 'in-progress')sql";
constexpr char kDiscard[] = R"sql(
UPDATE homework_response
SET response = '{}', updated_at = ?2, updated_offset_s = ?3, deleted_at = ?2
WHERE id = ?1 AND deleted_at IS NULL AND status = 'in-progress')sql";
constexpr char kSetServerId[] = "UPDATE homework_response SET server_id = ?2 WHERE id = ?1";

QString jsonText(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> jsonObject(const QString& text) {
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

StoreError corrupt(const char* what) {
    return StoreError{StoreErrorKind::Corrupt, QString::fromLatin1(what)};
}

Result<HomeworkTask, StoreError> readTask(const Statement& row) {
    HomeworkTask task;
    task.id = row.text(0);
    task.versionId = row.text(1);
    task.status = row.text(2);
    task.statusReason = row.text(3);
    task.due = row.text(4);
    task.form = row.text(5);
    if (!row.isNull(6))
        task.formVersion = row.text(6);
    task.description = row.text(7);
    auto resource = jsonObject(row.text(8));
    if (!resource)
        return fail(corrupt("unreadable stored Task"));
    task.resource = std::move(*resource);
    if (!row.isNull(9))
        task.localStatus = row.text(9);
    task.localStatusReason = row.text(10);
    return task;
}

Result<HomeworkResponse, StoreError> readResponse(const Statement& row) {
    HomeworkResponse response;
    response.id = QUuid::fromString(row.text(0));
    if (!row.isNull(1))
        response.account = ClinicAccountId{row.integer(1)};
    response.taskId = row.text(2);
    response.questionnaire = row.text(3);
    response.status = row.text(4) == QLatin1String("completed")
                          ? HomeworkResponse::Status::Completed
                          : HomeworkResponse::Status::InProgress;
    auto answers = jsonObject(row.text(5));
    if (response.id.isNull() || !answers)
        return fail(corrupt("unreadable stored response"));
    response.response = std::move(*answers);
    response.serverId = row.text(6);
    response.createdAt = storedMoment(row.integer(7), int(row.integer(8)));
    response.updatedAt = storedMoment(row.integer(9), int(row.integer(10)));
    if (!row.isNull(11))
        response.deletedAt = QDateTime::fromMSecsSinceEpoch(row.integer(11), Qt::UTC);
    return response;
}

QString statusCode(HomeworkResponse::Status status) {
    return status == HomeworkResponse::Status::Completed ? QStringLiteral("completed")
                                                         : QStringLiteral("in-progress");
}

} // namespace

HomeworkStore::HomeworkStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<void, StoreError> HomeworkStore::replaceTasks(ClinicAccountId account,
                                                     const std::vector<HomeworkTask>& listed,
                                                     const QSet<QString>& keepAsStored) {
    bool differs = false;
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto before = tasks(account);
        if (!before)
            return fail(before.error());
        QSet<QString> listedIds;
        for (const HomeworkTask& task : listed)
            listedIds.insert(task.id);
        auto answered = m_db.prepared(kTaskIsAnswered);
        auto remove = m_db.prepared(kRemoveTask);
        auto write = m_db.prepared(kWriteTask);
        if (!answered || !remove || !write)
            return fail(!answered ? answered.error() : !remove ? remove.error() : write.error());
        std::map<QString, const HomeworkTask*> stored;
        for (const HomeworkTask& task : *before) {
            stored[task.id] = &task;
            if (listedIds.contains(task.id) || keepAsStored.contains(task.id) || task.localStatus)
                continue;
            bool isAnswered = false;
            auto read = (*answered)
                            ->bind(1, account.value)
                            .bind(2, task.id)
                            .forEachRow([&](const Statement&) { isAnswered = true; });
            if (!read)
                return read;
            if (isAnswered)
                continue;
            if (auto ran = (*remove)->bind(1, account.value).bind(2, task.id).run(); !ran)
                return ran;
        }
        for (HomeworkTask task : listed) {
            if (auto found = stored.find(task.id); found != stored.end()) {
                const HomeworkTask& earlier = *found->second;
                task.localStatus = earlier.localStatus;
                task.localStatusReason = earlier.localStatusReason;
                if (task.form == earlier.form && !task.formVersion)
                    task.formVersion = earlier.formVersion;
            }
            (*write)
                ->bind(1, account.value)
                .bind(2, task.id)
                .bind(3, task.versionId)
                .bind(4, task.status)
                .bind(5, task.statusReason)
                .bind(6, task.due)
                .bind(7, task.form)
                .bind(9, task.description)
                .bind(10, jsonText(task.resource));
            if (task.formVersion)
                (*write)->bind(8, *task.formVersion);
            else
                (*write)->bindNull(8);
            if (task.localStatus)
                (*write)->bind(11, *task.localStatus).bind(12, task.localStatusReason);
            else
                (*write)->bindNull(11).bindNull(12);
            if (auto ran = (*write)->run(); !ran)
                return ran;
        }
        auto after = tasks(account);
        if (!after)
            return fail(after.error());
        differs = *after != *before;
        return {};
    });
    if (!written)
        return written;
    if (differs)
        Q_EMIT changed();
    return {};
}

Result<std::vector<HomeworkTask>, StoreError> HomeworkStore::tasks(ClinicAccountId account) const {
    auto select = m_db.prepared(kSelectTasks);
    if (!select)
        return fail(select.error());
    return (*select)->bind(1, account.value).readAll(readTask);
}

Result<HomeworkTask, StoreError> HomeworkStore::task(ClinicAccountId account,
                                                     const QString& id) const {
    auto select = m_db.prepared(kSelectTask);
    if (!select)
        return fail(select.error());
    return (*select)->bind(1, account.value).bind(2, id).readOne(readTask, "no such Task");
}

Result<void, StoreError> HomeworkStore::setFormVersion(ClinicAccountId account,
                                                       const QString& taskId,
                                                       const QString& version) {
    auto update = m_db.prepared(kSetFormVersion);
    if (!update)
        return fail(update.error());
    return (*update)->bind(1, account.value).bind(2, taskId).bind(3, version).run();
}

Result<void, StoreError> HomeworkStore::rebaseTask(ClinicAccountId account,
                                                   const HomeworkTask& fromServer) {
    auto update = m_db.prepared(kRebaseTask);
    if (!update)
        return fail(update.error());
    if (auto ran = (*update)
                       ->bind(1, account.value)
                       .bind(2, fromServer.id)
                       .bind(3, fromServer.versionId)
                       .bind(4, fromServer.status)
                       .bind(5, fromServer.statusReason)
                       .bind(6, fromServer.due)
                       .bind(7, fromServer.form)
                       .bind(8, fromServer.description)
                       .bind(9, jsonText(fromServer.resource))
                       .run();
        !ran)
        return ran;
    if (m_db.changes() == 0)
        return fail(StoreError{StoreErrorKind::NotFound, QStringLiteral("no such Task")});
    return {};
}

Result<void, StoreError> HomeworkStore::taskSent(ClinicAccountId account, const QString& taskId,
                                                 const QString& sentStatus, const QJsonObject& sent,
                                                 const QString& versionId) {
    auto update = m_db.prepared(kTaskSent);
    if (!update)
        return fail(update.error());
    return (*update)
        ->bind(1, account.value)
        .bind(2, taskId)
        .bind(3, versionId)
        .bind(4, sentStatus)
        .bind(5, sent.value(QLatin1String("statusReason"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString())
        .bind(6, jsonText(sent))
        .run();
}

Result<HomeworkResponse, StoreError> HomeworkStore::startForTask(ClinicAccountId account,
                                                                 const QString& taskId,
                                                                 const QString& questionnaire,
                                                                 const QJsonObject& response) {
    return start(account, taskId, questionnaire, response);
}

Result<HomeworkResponse, StoreError> HomeworkStore::startOwn(const QString& questionnaire,
                                                             const QJsonObject& response) {
    return start(std::nullopt, QString(), questionnaire, response);
}

Result<HomeworkResponse, StoreError> HomeworkStore::start(std::optional<ClinicAccountId> account,
                                                          const QString& taskId,
                                                          const QString& questionnaire,
                                                          const QJsonObject& response) {
    if (questionnaire.isEmpty())
        return fail(StoreError{StoreErrorKind::InvalidInput, QStringLiteral("no questionnaire")});
    const QUuid id = QUuid::createUuid();
    const QDateTime now = localNow(m_clock);
    bool created = false;
    auto started = inTransaction(m_db, [&]() -> Result<QUuid, StoreError> {
        if (account) {
            auto task = this->task(*account, taskId);
            if (!task)
                return fail(task.error());
            auto existing = responseForTask(*account, taskId);
            if (!existing)
                return fail(existing.error());
            if (*existing)
                return (*existing)->id;
            const QString status = task->currentStatus();
            if (status != QLatin1String("in-progress") && status != QLatin1String("completed"))
                if (auto set = setLocalStatus(*account, taskId, QStringLiteral("in-progress"));
                    !set)
                    return fail(set.error());
        }
        auto insert = m_db.prepared(kInsertResponse);
        if (!insert)
            return fail(insert.error());
        (*insert)->bind(1, idText(id));
        if (account)
            (*insert)->bind(2, account->value).bind(3, taskId);
        else
            (*insert)->bindNull(2).bindNull(3);
        auto ran = (*insert)
                       ->bind(4, questionnaire)
                       .bind(5, jsonText(response))
                       .bind(6, millis(now))
                       .bind(7, offsetToKeep(now))
                       .run();
        if (!ran)
            return fail(ran.error());
        created = true;
        if (account)
            if (auto queued =
                    Outbox(m_db).enqueue(*account, kResponseRecordType, idText(id), millis(now));
                !queued)
                return fail(queued.error());
        return id;
    });
    if (!started)
        return fail(started.error());
    if (created)
        clientChanged();
    return this->response(*started);
}

void HomeworkStore::clientChanged() {
    Q_EMIT changed();
    Q_EMIT changedByClient();
}

Result<void, StoreError> HomeworkStore::saveDraft(const QUuid& id, const QJsonObject& response) {
    auto saved = writeAnswers(id, response, HomeworkResponse::Status::InProgress);
    if (saved)
        clientChanged();
    return saved;
}

Result<void, StoreError> HomeworkStore::submit(const QUuid& id, const QJsonObject& response) {
    auto saved = writeAnswers(id, response, HomeworkResponse::Status::Completed);
    if (saved)
        clientChanged();
    return saved;
}

Result<void, StoreError> HomeworkStore::writeAnswers(const QUuid& id, const QJsonObject& response,
                                                     HomeworkResponse::Status status) {
    const QDateTime now = localNow(m_clock);
    return inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto stored = this->response(id);
        if (!stored)
            return fail(stored.error());
        auto update = m_db.prepared(kWriteAnswers);
        if (!update)
            return fail(update.error());
        if (auto ran = (*update)
                           ->bind(1, idText(id))
                           .bind(2, jsonText(response))
                           .bind(3, statusCode(status))
                           .bind(4, millis(now))
                           .bind(5, offsetToKeep(now))
                           .run();
            !ran)
            return ran;
        if (m_db.changes() == 0)
            return fail(StoreError{StoreErrorKind::InvalidInput,
                                   QStringLiteral("response already submitted or discarded")});
        if (!stored->account)
            return {};
        if (status == HomeworkResponse::Status::Completed && !stored->taskId.isEmpty())
            if (auto set =
                    setLocalStatus(*stored->account, stored->taskId, QStringLiteral("completed"));
                !set)
                return set;
        return Outbox(m_db).enqueue(*stored->account, kResponseRecordType, idText(id), millis(now));
    });
}

Result<void, StoreError> HomeworkStore::discard(const QUuid& id) {
    const QDateTime now = localNow(m_clock);
    auto discarded = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto stored = this->response(id);
        if (!stored)
            return fail(stored.error());
        auto tombstone = m_db.prepared(kDiscard);
        if (!tombstone)
            return fail(tombstone.error());
        if (auto ran = (*tombstone)
                           ->bind(1, idText(id))
                           .bind(2, millis(now))
                           .bind(3, offsetToKeep(now))
                           .run();
            !ran)
            return ran;
        if (m_db.changes() == 0)
            return fail(StoreError{StoreErrorKind::InvalidInput,
                                   QStringLiteral("only a live draft can be discarded")});
        if (!stored->account)
            return {};
        return Outbox(m_db).enqueue(*stored->account, kResponseRecordType, idText(id), millis(now));
    });
    if (discarded)
        clientChanged();
    return discarded;
}

Result<HomeworkResponse, StoreError> HomeworkStore::response(const QUuid& id) const {
    auto select = m_db.prepared(kSelectResponse);
    if (!select)
        return fail(select.error());
    return (*select)->bind(1, idText(id)).readOne(readResponse, "no such response");
}

Result<std::optional<HomeworkResponse>, StoreError>
HomeworkStore::responseForTask(ClinicAccountId account, const QString& taskId) const {
    auto select = m_db.prepared(kSelectResponseForTask);
    if (!select)
        return fail(select.error());
    auto found = (*select)->bind(1, account.value).bind(2, taskId).readAll(readResponse);
    if (!found)
        return fail(found.error());
    if (found->empty())
        return std::optional<HomeworkResponse>();
    return std::optional<HomeworkResponse>(std::move(found->front()));
}

Result<std::vector<HomeworkResponse>, StoreError>
HomeworkStore::liveResponses(std::optional<ClinicAccountId> account) const {
    auto select = m_db.prepared(kSelectLiveResponses);
    if (!select)
        return fail(select.error());
    if (account)
        (*select)->bind(1, account->value);
    else
        (*select)->bindNull(1);
    return (*select)->readAll(readResponse);
}

Result<void, StoreError> HomeworkStore::setServerId(const QUuid& id, const QString& serverId) {
    auto update = m_db.prepared(kSetServerId);
    if (!update)
        return fail(update.error());
    return (*update)->bind(1, idText(id)).bind(2, serverId).run();
}

Result<void, StoreError> HomeworkStore::setLocalStatus(ClinicAccountId account,
                                                       const QString& taskId,
                                                       const QString& status) {
    auto update = m_db.prepared(kSetLocalStatus);
    if (!update)
        return fail(update.error());
    return (*update)->bind(1, account.value).bind(2, taskId).bind(3, status).run();
}

} // namespace stepstone
