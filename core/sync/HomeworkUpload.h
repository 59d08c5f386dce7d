#pragma once

#include "common/Clock.h"
#include "store/HomeworkStore.h"
#include "store/Outbox.h"
#include "sync/FhirClient.h"
#include "sync/SyncStep.h"

#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace stepstone {

// The client's homework answers of one clinic account, one transaction Bundle per queued
// response: the QuestionnaireResponse (in-progress drafts and the final submit) and, when the
// client changed it, its Task.
//
// - The response is POSTed with its identifier (urn:uuid of the device's id) and `ifNoneExist`
//   on that identifier until the server's id is known; then PUT with If-Match. Before a POST the
//   step searches by identifier, so an answer lost on the way (the connection dropped after the
//   server made it) never makes a second copy, and the retry updates the one there.
// - The Task is PUT with If-Match on the version downloaded, changed only in status,
//   statusReason and output (a reference to the response): the patient-app rule.
// - A 412 follows the conflict rule of every upload, once per run: the clinic's current Task is
//   taken as the base (its own fields follow the clinic), the client's status, reason and output
//   go on top; the response, the client's own, keeps the client's answers. 404/410 of the
//   response: the clinic no longer has it, so it is made again.
// - A refused Bundle sets the response aside (Outbox) and the others go on. A discarded draft
//   the clinic has is deleted there.
class HomeworkUpload final : public SyncStep {
public:
    // Create, read (after a conflict), update, delete (a discarded draft), search (by
    // identifier); the Task is read and updated.
    static constexpr ResourceAccess kAccess[] = {{"QuestionnaireResponse", "cruds"},
                                                 {"Task", "ru"}};

    struct Parts {
        Database& db;
        HomeworkStore& homework;
        ClinicAccountId account;
        FhirClient& client;
        const Clock& clock;
    };

    // Responses sent in one run at most; the rest go in the next.
    static constexpr int kMaxPerRun = 200;

    explicit HomeworkUpload(Parts parts)
        : m_parts(parts) {}

    std::span<const ResourceAccess> access() const override { return kAccess; }
    void run(SyncRun& run, Done done) override;

private:
    // What one Bundle sends, and what to record once the server took it.
    struct Sending {
        QUuid responseId;
        qint64 queuedBeforeMs = 0;
        bool deletes = false;
        bool posts = false;
        QString fullUrl;    // the urn:uuid a POSTed response has in the Bundle
        QString taskId;     // empty: the Task is not part of it
        QString taskStatus; // the status sent
        QJsonObject task;   // the Task sent
        QJsonObject bundle;
    };

    void sendNext();
    void learnServerId(const QUuid& id);
    Result<std::optional<Sending>, SyncFailure> prepare(const QUuid& id);
    void onAnswer(const Sending& sending, Result<FhirResponse, FhirError> answer);
    Result<void, SyncFailure> accept(const Sending& sending, const QJsonObject& answer);
    void resolveConflict(const Sending& sending);
    void rebaseTask(const QString& taskId);
    Result<void, StoreError> setAside(const QUuid& id, Outbox::Problem problem);
    void finish(std::optional<SyncFailure> failure = std::nullopt);

    Parts m_parts;
    SyncRun* m_run = nullptr;
    Done m_done;
    bool m_conflictRetried = false;
    bool m_sent = false;
    QSet<QString> m_sentThisRun;
};

} // namespace stepstone
