#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace stepstone {

// Homework the clinic assigned: an SDC `sdc-task` Task with code complete-questionnaire, as the
// device keeps it. The clinic owns every field but status, statusReason and output, which the
// client changes (localStatus until the clinic has the change).
struct HomeworkTask {
    QString id;
    QString versionId; // the server's, for If-Match
    QString status;    // as the clinic last said: ready, in-progress, completed, cancelled...
    QString statusReason;
    QString due;  // restriction.period.end as written (a FHIR dateTime); empty: no date
    QString form; // the input questionnaire canonical, "url|version" or "url"
    // The version of the form the download found for it ("" for a form without one); nullopt
    // until then.
    std::optional<QString> formVersion;
    QString description;
    QJsonObject resource; // the Task as received
    std::optional<QString> localStatus;
    QString localStatusReason;

    // What the client sees: their own change first.
    QString currentStatus() const { return localStatus.value_or(status); }

    friend bool operator==(const HomeworkTask&, const HomeworkTask&) = default;
};

} // namespace stepstone
