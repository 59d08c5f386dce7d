#include "sync/HomeworkUpload.h"

#include "store/Outbox.h"
#include "store/StoredMoment.h"
#include "store/SyncBookkeeping.h"
#include "sync/TransactionUpload.h"
#include "sync/mapping/FhirJson.h"
#include "sync/mapping/HomeworkFhir.h"

#include <QJsonArray>
#include <algorithm>

namespace stepstone {

namespace {

const QString kResponseType = QStringLiteral("QuestionnaireResponse");
const QString kRecordType = QLatin1String(HomeworkStore::kResponseRecordType);

FhirError malformed(const QString& detail) {
    return FhirError{FhirError::Kind::Malformed, 200, std::nullopt, detail};
}

Outbox::Entry entryFor(const QUuid& id) {
    return {kRecordType, idText(id)};
}

QJsonObject entry(const QString& fullUrl, const std::optional<QJsonObject>& resource,
                  QJsonObject request) {
    QJsonObject bundleEntry{{QStringLiteral("request"), request}};
    if (!fullUrl.isEmpty())
        bundleEntry.insert(QStringLiteral("fullUrl"), fullUrl);
    if (resource)
        bundleEntry.insert(QStringLiteral("resource"), *resource);
    return bundleEntry;
}

QJsonObject request(const QString& method, const QString& url) {
    return QJsonObject{{QStringLiteral("method"), method}, {QStringLiteral("url"), url}};
}

QString ifMatch(const QString& version) {
    return QStringLiteral("W/\"%1\"").arg(version);
}

// The Task's output still names the urn:uuid the Bundle gave the response: the server rewrote
// it to the response's id, and so does the copy kept.
QJsonObject withServerReference(QJsonObject task, const QString& urn, const QString& serverId) {
    QJsonArray outputs = task.value(QLatin1String("output")).toArray();
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        QJsonObject output = outputs[i].toObject();
        QJsonObject reference = output.value(QLatin1String("valueReference")).toObject();
        if (reference.value(QLatin1String("reference")).toString() != urn)
            continue;
        reference.insert(QStringLiteral("reference"), kResponseType + u'/' + serverId);
        output.insert(QStringLiteral("valueReference"), reference);
        outputs[i] = output;
    }
    task.insert(QStringLiteral("output"), outputs);
    return task;
}

bool outputNames(const QJsonObject& task, const QString& reference) {
    for (const auto& output : task.value(QLatin1String("output")).toArray())
        if (output.toObject()
                .value(QLatin1String("valueReference"))
                .toObject()
                .value(QLatin1String("reference"))
                .toString() == reference)
            return true;
    return false;
}

struct EntryAnswer {
    QString status;
    QString id;
    QString version;
};

Result<EntryAnswer, FhirError> entryAnswer(const QJsonArray& answers, qsizetype index) {
    const QJsonObject response =
        answers[index].toObject().value(QLatin1String("response")).toObject();
    EntryAnswer read{response.value(QLatin1String("status")).toString(), {}, {}};
    // Location: "<type>/<id>/_history/<version>", absolute or not.
    const QString location = response.value(QLatin1String("location")).toString();
    if (const auto target = fhir::referenceTarget(location))
        read.id = target->id;
    read.version = versionFromEtag(response.value(QLatin1String("etag")).toString());
    if (const qsizetype history = location.lastIndexOf(QLatin1String("/_history/"));
        read.version.isEmpty() && history >= 0)
        read.version = location.mid(history + 10);
    if (!read.status.startsWith(u'2'))
        return fail(malformed(QStringLiteral("transaction entry %1 not done").arg(index)));
    return read;
}

} // namespace

void HomeworkUpload::run(SyncRun& run, Done done) {
    m_run = &run;
    m_done = std::move(done);
    m_conflictRetried = false;
    m_sent = false;
    m_sentThisRun.clear();
    auto queued = Outbox(m_parts.db).pending(m_parts.account, kRecordType, 1);
    if (!queued)
        return finish(queued.error());
    if (queued->empty())
        return finish();
    if (auto missing = missingAccess(run, access()))
        return finish(*missing);
    sendNext();
}

void HomeworkUpload::sendNext() {
    auto queued = Outbox(m_parts.db).pending(m_parts.account, kRecordType, kMaxPerRun);
    if (!queued)
        return finish(queued.error());
    // A response queued again while it was on its way waits for the next run.
    const auto next = std::find_if(queued->begin(), queued->end(), [this](const auto& entry) {
        return !m_sentThisRun.contains(entry.recordId);
    });
    if (next == queued->end())
        return finish();
    const QUuid id = QUuid::fromString(next->recordId);
    m_sentThisRun.insert(next->recordId);
    auto response = m_parts.homework.response(id);
    if (!response) {
        if (response.error().kind == StoreErrorKind::NotFound) {
            if (auto dropped = Outbox(m_parts.db).discard(m_parts.account, *next); !dropped)
                return finish(dropped.error());
            return sendNext();
        }
        if (response.error().kind != StoreErrorKind::Corrupt)
            return finish(response.error());
        if (auto aside = setAside(id, Outbox::Problem::Unreadable); !aside)
            return finish(aside.error());
        return sendNext();
    }
    if (response->serverId.isEmpty())
        return learnServerId(id);
    auto sending = prepare(id);
    if (!sending)
        return finish(sending.error());
    if (!*sending)
        return sendNext();
    const QJsonObject bundle = (*sending)->bundle;
    m_parts.client.postBundle(
        bundle, [this, sending = std::move(**sending)](Result<FhirResponse, FhirError> answer) {
            onAnswer(sending, std::move(answer));
        });
}

// The server may hold the response already: made by a Bundle whose answer never came back.
void HomeworkUpload::learnServerId(const QUuid& id) {
    m_parts.client.get(
        HomeworkFhir::responseSearch(id), [this, id](Result<FhirResponse, FhirError> found) {
            if (!found)
                return finish(found.error());
            if (found->body.value(QLatin1String("type")).toString() != QLatin1String("searchset"))
                return finish(malformed(QStringLiteral("expected a searchset Bundle")));
            const QJsonObject resource = found->body.value(QLatin1String("entry"))
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(QLatin1String("resource"))
                                             .toObject();
            const QString serverId = resource.value(QLatin1String("id")).toString();
            if (resource.value(QLatin1String("resourceType")).toString() == kResponseType &&
                fhir::isFhirId(serverId)) {
                const QString version = resource.value(QLatin1String("meta"))
                                            .toObject()
                                            .value(QLatin1String("versionId"))
                                            .toString();
                auto kept = inTransaction(m_parts.db, [&]() -> Result<void, StoreError> {
                    if (auto set = m_parts.homework.setServerId(id, serverId); !set)
                        return set;
                    return SyncBookkeeping(m_parts.db, m_parts.account)
                        .setVersion(kRecordType, idText(id), version);
                });
                if (!kept)
                    return finish(kept.error());
            }
            auto sending = prepare(id);
            if (!sending)
                return finish(sending.error());
            if (!*sending)
                return sendNext();
            const QJsonObject bundle = (*sending)->bundle;
            m_parts.client.postBundle(bundle, [this, sending = std::move(**sending)](
                                                  Result<FhirResponse, FhirError> answer) {
                onAnswer(sending, std::move(answer));
            });
        });
}

Result<std::optional<HomeworkUpload::Sending>, SyncFailure>
HomeworkUpload::prepare(const QUuid& id) {
    using Prepared = std::optional<Sending>;
    Sending sending;
    sending.responseId = id;
    sending.queuedBeforeMs = m_parts.clock.now().toMSecsSinceEpoch();
    auto response = m_parts.homework.response(id);
    if (!response)
        return fail(response.error());
    const QString base = m_run->fhirBase.toString(QUrl::StripTrailingSlash) + u'/';
    const QString serverId = response->serverId;
    QJsonArray entries;
    if (response->deletedAt) {
        if (serverId.isEmpty()) {
            if (auto sent = Outbox(m_parts.db)
                                .markSent(m_parts.account, entryFor(id), sending.queuedBeforeMs,
                                          sending.queuedBeforeMs, true);
                !sent)
                return fail(sent.error());
            return Prepared();
        }
        sending.deletes = true;
        entries.append(entry({}, std::nullopt, request("DELETE", kResponseType + u'/' + serverId)));
    } else {
        auto resource = HomeworkFhir::toQuestionnaireResponse(*response, m_run->patientId);
        if (!resource) {
            if (auto aside = setAside(id, Outbox::Problem::NotSendable); !aside)
                return fail(aside.error());
            return Prepared();
        }
        QString reference;
        if (serverId.isEmpty()) {
            sending.posts = true;
            // The Bundle's own name for the new response, which the server replaces with its id
            // wherever it appears in the Bundle: never the identifier's value, or the identifier
            // would be rewritten too.
            sending.fullUrl =
                QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            reference = sending.fullUrl;
            QJsonObject post = request("POST", kResponseType);
            post.insert(QStringLiteral("ifNoneExist"), QStringLiteral("identifier=") +
                                                           HomeworkFhir::kUriSystem + u'|' +
                                                           HomeworkFhir::identifierValue(id));
            entries.append(entry(reference, *resource, post));
        } else {
            reference = kResponseType + u'/' + serverId;
            resource->insert(QStringLiteral("id"), serverId);
            QJsonObject put = request("PUT", reference);
            auto version =
                SyncBookkeeping(m_parts.db, m_parts.account).versionOf(kRecordType, idText(id));
            if (!version)
                return fail(version.error());
            if (!version->isEmpty())
                put.insert(QStringLiteral("ifMatch"), ifMatch(*version));
            entries.append(entry(base + reference, *resource, put));
        }
        if (!response->taskId.isEmpty() && response->account == m_parts.account) {
            auto task = m_parts.homework.task(m_parts.account, response->taskId);
            if (!task && task.error().kind != StoreErrorKind::NotFound)
                return fail(task.error());
            if (task && (task->localStatus || !outputNames(task->resource, reference))) {
                sending.taskId = task->id;
                sending.taskStatus = task->currentStatus();
                sending.task = HomeworkFhir::taskWithClientChange(*task, reference);
                QJsonObject put = request("PUT", QStringLiteral("Task/") + task->id);
                put.insert(QStringLiteral("ifMatch"), ifMatch(task->versionId));
                entries.append(entry(base + QStringLiteral("Task/") + task->id, sending.task, put));
            }
        }
    }
    sending.bundle = QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                 {QStringLiteral("type"), QStringLiteral("transaction")},
                                 {QStringLiteral("entry"), entries}};
    return Prepared(std::move(sending));
}

void HomeworkUpload::onAnswer(const Sending& sending, Result<FhirResponse, FhirError> answer) {
    if (!answer) {
        const FhirError& error = answer.error();
        if (sending.deletes && error.kind == FhirError::Kind::Gone) {
            // Already gone from the clinic: the delete is done.
            if (auto sent = Outbox(m_parts.db)
                                .markSent(m_parts.account, entryFor(sending.responseId),
                                          sending.queuedBeforeMs,
                                          m_parts.clock.now().toMSecsSinceEpoch(), true);
                !sent)
                return finish(sent.error());
            return sendNext();
        }
        const bool resolvable =
            error.kind == FhirError::Kind::Conflict || error.kind == FhirError::Kind::Gone;
        if (resolvable && !m_conflictRetried) {
            m_conflictRetried = true;
            m_sentThisRun.remove(idText(sending.responseId));
            return resolveConflict(sending);
        }
        if (error.kind != FhirError::Kind::Rejected)
            return finish(error);
        if (auto aside = setAside(sending.responseId, Outbox::Problem::Refused); !aside)
            return finish(aside.error());
        return sendNext();
    }
    if (auto accepted = accept(sending, answer->body); !accepted)
        return finish(accepted.error());
    m_sent = true;
    sendNext();
}

Result<void, SyncFailure> HomeworkUpload::accept(const Sending& sending,
                                                 const QJsonObject& answer) {
    const QJsonArray answers = answer.value(QLatin1String("entry")).toArray();
    const qsizetype expected = sending.taskId.isEmpty() ? 1 : 2;
    if (answer.value(QLatin1String("type")).toString() != QLatin1String("transaction-response") ||
        answers.size() != expected)
        return fail(malformed(QStringLiteral("transaction-response does not match the Bundle")));
    auto response = entryAnswer(answers, 0);
    if (!response)
        return fail(response.error());
    std::optional<EntryAnswer> task;
    if (expected == 2) {
        auto taskAnswer = entryAnswer(answers, 1);
        if (!taskAnswer)
            return fail(taskAnswer.error());
        task = *taskAnswer;
    }
    if (!sending.deletes && !fhir::isFhirId(response->id))
        return fail(malformed(QStringLiteral("no id for the QuestionnaireResponse")));
    const qint64 now = m_parts.clock.now().toMSecsSinceEpoch();
    const QString recordId = idText(sending.responseId);
    auto recorded = inTransaction(m_parts.db, [&]() -> Result<void, StoreError> {
        SyncBookkeeping books(m_parts.db, m_parts.account);
        Outbox outbox(m_parts.db);
        if (sending.deletes) {
            if (auto forgotten = books.forgetVersion(kRecordType, recordId); !forgotten)
                return forgotten;
            return outbox.markSent(m_parts.account, entryFor(sending.responseId),
                                   sending.queuedBeforeMs, now, true);
        }
        if (auto set = m_parts.homework.setServerId(sending.responseId, response->id); !set)
            return set;
        if (auto set = books.setVersion(kRecordType, recordId, response->version); !set)
            return set;
        if (task) {
            const QJsonObject sentTask =
                withServerReference(sending.task, sending.fullUrl, response->id);
            if (auto set = m_parts.homework.taskSent(m_parts.account, sending.taskId,
                                                     sending.taskStatus, sentTask, task->version);
                !set)
                return set;
        }
        if (auto sent = outbox.markSent(m_parts.account, entryFor(sending.responseId),
                                        sending.queuedBeforeMs, now, false);
            !sent)
            return sent;
        // A POST answered 200 found the response already there, as an earlier Bundle left it:
        // what the client has written since goes up next, as an update.
        if (sending.posts && !response->status.startsWith(QLatin1String("201")))
            return outbox.enqueue(m_parts.account, kRecordType, recordId, now);
        return {};
    });
    if (!recorded)
        return fail(recorded.error());
    return {};
}

// The conflict rule of every upload (UploadStep), once per run: learn what the clinic holds now
// and send again. The response is the client's: only its version is learned (or, gone, it is
// made again). The Task's own fields come from the clinic's current copy.
void HomeworkUpload::resolveConflict(const Sending& sending) {
    const QUuid id = sending.responseId;
    auto response = m_parts.homework.response(id);
    if (!response)
        return finish(response.error());
    if (sending.posts || response->serverId.isEmpty())
        return rebaseTask(sending.taskId);
    m_parts.client.get(
        kResponseType + u'/' + response->serverId,
        [this, id, taskId = sending.taskId](Result<FhirResponse, FhirError> current) {
            if (!current && current.error().kind != FhirError::Kind::Gone)
                return finish(current.error());
            auto kept = inTransaction(m_parts.db, [&]() -> Result<void, StoreError> {
                SyncBookkeeping books(m_parts.db, m_parts.account);
                if (current)
                    return books.setVersion(kRecordType, idText(id),
                                            versionFromEtag(QString::fromLatin1(current->etag)));
                if (auto set = m_parts.homework.setServerId(id, QString()); !set)
                    return set;
                return books.forgetVersion(kRecordType, idText(id));
            });
            if (!kept)
                return finish(kept.error());
            rebaseTask(taskId);
        });
}

void HomeworkUpload::rebaseTask(const QString& taskId) {
    if (taskId.isEmpty())
        return sendNext();
    m_parts.client.get(
        QStringLiteral("Task/") + taskId, [this](Result<FhirResponse, FhirError> current) {
            if (!current)
                return finish(current.error());
            auto task = HomeworkFhir::readTask(current->body, m_run->patientId);
            if (!task)
                return finish(malformed(task.error().describe()));
            if (auto kept = m_parts.homework.rebaseTask(m_parts.account, *task); !kept)
                return finish(kept.error());
            sendNext();
        });
}

Result<void, StoreError> HomeworkUpload::setAside(const QUuid& id, Outbox::Problem problem) {
    return Outbox(m_parts.db)
        .setAside(m_parts.account, entryFor(id), problem, m_parts.clock.now().toMSecsSinceEpoch());
}

void HomeworkUpload::finish(std::optional<SyncFailure> failure) {
    if (failure)
        m_run->unsent.insert(kRecordType);
    if (std::exchange(m_sent, false))
        m_parts.homework.announceChanges();
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(failure));
}

} // namespace stepstone
