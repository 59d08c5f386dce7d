#pragma once

#include "model/ClinicAccount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>
#include <optional>

namespace stepstone {

// The client's answers to one form, as a QuestionnaireResponse JSON: a draft (in-progress) saved
// on every answer, then completed. `id` is made on the device and sent as the response's
// identifier (urn:uuid), so a retried upload finds the copy the clinic already has.
struct HomeworkResponse {
    enum class Status { InProgress, Completed };

    QUuid id;
    // The clinic account and Task it answers; nullopt / empty for a form the client started on
    // their own.
    std::optional<ClinicAccountId> account;
    QString taskId;
    QString questionnaire; // "url|version" it began on
    Status status = Status::InProgress;
    QJsonObject response;
    QString serverId; // the clinic's id, once known
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> deletedAt;
};

} // namespace stepstone
