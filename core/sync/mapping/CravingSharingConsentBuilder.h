#pragma once

#include "common/Result.h"
#include "sync/mapping/MappingError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace stepstone {

// The client's choice to share their craving logs with their care team.
struct CravingSharingChoice {
    QUuid consentId; // chosen once; revoking sends the same id, so it updates the same Consent
    QString patientId;
    QString recipient; // "CareTeam/<id>", "Organization/<id>", "Practitioner/<id>" or
                       // "PractitionerRole/<id>"
    bool sharing = true;
    QDateTime decidedAt; // when the client chose (or revoked)
};

// CravingSharingChoice -> FHIR R4 Consent under 42 CFR Part 2 (research/fhir-shapes.md §4),
// uploaded with PUT Consent/<id>:
//
//   id             consentId, lower case without braces
//   meta.security  the Part 2 labels (PartTwoSecurityLabels): the consent itself tells that
//                  the client is in SUD treatment
//   status         active while sharing, inactive once revoked (FAST)
//   scope          consentscope patient-privacy
//   category       LOINC 59284-0 Patient Consent, and v3-ActCode IDSCL information disclosure
//   patient        Patient/<patientId>; performer the same: the client decides
//   dateTime       decidedAt, with its offset
//   policy.uri     the eCFR text of 42 CFR Part 2
//   policyRule     v3-ActCode 42CFRPart2 (consentpolicycodes has no Part 2 code; this one is
//                  in R4's ActCode too, unlike the newer 42CFRPart2CD)
//   provision      type permit
//     actor        role v3-ParticipationType IRCP (information recipient), reference recipient
//     purpose      v3-ActReason TREAT
//     securityLabel the Part 2 labels, as on the Observations it covers
//     class        resource-types Observation
//     code         the craving-log code of CravingObservationMapper
//
// What the clinic already received stays there after a revoke; the UI says so.
namespace CravingSharingConsentBuilder {

Result<QJsonObject, MappingError> build(const CravingSharingChoice& choice);

} // namespace CravingSharingConsentBuilder

} // namespace stepstone
