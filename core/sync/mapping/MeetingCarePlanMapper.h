#pragma once

#include "common/Result.h"
#include "model/Meeting.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace stepstone {

// A peer-support meeting as the clinic's server holds it.
struct ServerMeeting {
    QUuid id;
    MeetingDetails details;
    QString versionId;
    std::optional<QDateTime> lastUpdated;
};

// A weekly peer-support meeting <-> a FHIR R4 CarePlan: the client's own plan to attend it. This
// is the contract with the clinic:
//
//   id                 the meeting's UUID, lower case without braces; PUT CarePlan/<uuid>. A
//                      deleted meeting is DELETE CarePlan/<uuid>.
//   meta.security      the Part 2 labels (PartTwoSecurityLabels): going to AA or NA says SUD
//   status             active
//   intent             plan
//   category           https://stepstone.example/fhir/CodeSystem/meeting  peer-support-meeting
//   title              the meeting's name
//   subject, author    Patient/<patientId>: the client's own plan
//   description        the client's note; left out when blank
//   activity[0].detail status scheduled;
//                      code https://stepstone.example/fhir/CodeSystem/meeting-kind twelve-step,
//                      smart-recovery, alumni or other;
//                      scheduledTiming.repeat {frequency 1, period 1, periodUnit wk,
//                      dayOfWeek [mon..sun], timeOfDay ["19:30:00"]}: the weekday and the clock
//                      time wherever the client is, without a zone;
//                      location.display the place as written, only when there is one;
//                      extension https://stepstone.example/fhir/StructureDefinition/meeting-link
//                      valueUrl the https link, only when there is one
//   Every text has its control characters made spaces (fhirStringFrom).
//
// Sharing meetings is not switched on yet; when it is, the sync asks for
// patient/CarePlan.cruds.
//
// Reading back (fromCarePlan) is strict where a wrong value would change what the client sees:
// another patient's subject, no kind or a kind it does not know, a repeat other than once a week,
// no weekday or more than one, no time or more than one or one that is not on the minute, a
// second link, and anything problemWith refuses (a blank or too long name, place or note over
// their limits, a link that is not https or not safe to open). status entered-in-error is
// EnteredInError; revoked and completed are NotListed (the client no longer goes); other
// statuses than active are OutOfRange. It is lenient where the contract may grow: unknown
// extensions, codings of other systems, activities past the first, a location without a display,
// the intent, the author, the detail's status and extra fields are ignored.
namespace MeetingCarePlanMapper {

Result<QJsonObject, MappingError> toCarePlan(const Meeting& meeting, const QString& patientId);

Result<ServerMeeting, MappingError> fromCarePlan(const QJsonObject& carePlan,
                                                 const QString& patientId);

} // namespace MeetingCarePlanMapper

} // namespace stepstone
