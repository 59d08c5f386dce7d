#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/ClinicAccount.h"
#include "model/HomeworkResponse.h"
#include "model/HomeworkTask.h"
#include "store/Database.h"

#include <QObject>
#include <QSet>
#include <optional>
#include <vector>

namespace stepstone {

// The homework each clinic account assigned (its Tasks, as downloaded) and the client's answers
// (QuestionnaireResponse JSON): a draft saved on every answer, in one transaction with its place
// in the outbox, so a saved answer survives a kill and reaches the clinic once. The clinic owns
// the Task; the client changes only its status (and statusReason), kept as a local change until
// the clinic has it.
class HomeworkStore : public QObject {
    Q_OBJECT
public:
    // How the outbox names a response for a clinic account; its record id is the response's id.
    // Sending it also sends its Task's status.
    static constexpr char kResponseRecordType[] = "homework-response";

    HomeworkStore(Database& db, const Clock& clock, QObject* parent = nullptr);

    // Makes the account's Tasks `listed`, in one transaction. The client's pending status change
    // and the form version found for a Task whose form did not change are kept. A Task no longer
    // listed is removed unless its id is in `keepAsStored` (the download could not read it), a
    // live response answers it, or its status change has not reached the clinic.
    Result<void, StoreError> replaceTasks(ClinicAccountId account,
                                          const std::vector<HomeworkTask>& listed,
                                          const QSet<QString>& keepAsStored);
    // By due date as the clinic wrote it (same-offset dates sort by time), undated ones last.
    Result<std::vector<HomeworkTask>, StoreError> tasks(ClinicAccountId account) const;
    Result<HomeworkTask, StoreError> task(ClinicAccountId account, const QString& id) const;
    Result<void, StoreError> setFormVersion(ClinicAccountId account, const QString& taskId,
                                            const QString& version);
    // The clinic's current Task (after a conflict): its fields follow the clinic; the client's
    // pending status change stays.
    Result<void, StoreError> rebaseTask(ClinicAccountId account, const HomeworkTask& fromServer);
    // For the sync, inside the transaction that takes the response out of the outbox: the Task
    // as the clinic now holds it (`sent`, its new version); the local status is no longer pending
    // unless the client changed it again since `sentStatus` was read.
    Result<void, StoreError> taskSent(ClinicAccountId account, const QString& taskId,
                                      const QString& sentStatus, const QJsonObject& sent,
                                      const QString& versionId);

    // Opens the Task's form: the live response that answers it, or a new draft begun on
    // `questionnaire` ("url|version") with `response`; the Task is then in progress.
    Result<HomeworkResponse, StoreError> startForTask(ClinicAccountId account,
                                                      const QString& taskId,
                                                      const QString& questionnaire,
                                                      const QJsonObject& response);
    // A form the client starts on their own: kept on this device only.
    Result<HomeworkResponse, StoreError> startOwn(const QString& questionnaire,
                                                  const QJsonObject& response);
    // Keeps the draft's answers. Refused once the response is submitted or discarded.
    Result<void, StoreError> saveDraft(const QUuid& id, const QJsonObject& response);
    // The response is completed (with these answers), and so is its Task.
    Result<void, StoreError> submit(const QUuid& id, const QJsonObject& response);
    // Erases a draft's answers, leaving a tombstone; what the clinic has of it is deleted there.
    Result<void, StoreError> discard(const QUuid& id);
    // A discarded response reads with its deletedAt and no answers.
    Result<HomeworkResponse, StoreError> response(const QUuid& id) const;
    Result<std::optional<HomeworkResponse>, StoreError>
    responseForTask(ClinicAccountId account, const QString& taskId) const;
    // The account's responses not discarded, or with nullopt the client's own ones; the latest
    // changed first.
    Result<std::vector<HomeworkResponse>, StoreError>
    liveResponses(std::optional<ClinicAccountId> account) const;
    // For the sync: the clinic's id of the response.
    Result<void, StoreError> setServerId(const QUuid& id, const QString& serverId);

    void announceChanges() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();
    // The client started, answered, sent or discarded a form: something for the clinic, soon.
    void changedByClient();

private:
    void clientChanged();
    Result<HomeworkResponse, StoreError> start(std::optional<ClinicAccountId> account,
                                               const QString& taskId, const QString& questionnaire,
                                               const QJsonObject& response);
    Result<void, StoreError> writeAnswers(const QUuid& id, const QJsonObject& response,
                                          HomeworkResponse::Status status);
    Result<void, StoreError> setLocalStatus(ClinicAccountId account, const QString& taskId,
                                            const QString& status);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
