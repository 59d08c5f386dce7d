#pragma once

#include "common/Result.h"
#include "model/Session.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace stepstone {

// The client's answer to a session: "I'll be there" or "I can't make it".
struct SessionAnswer {
    QUuid responseId;      // chosen once per answer and kept, so a retried upload is the same PUT
    QString appointmentId; // Session::id
    QString patientId;
    Session::Answer answer = Session::Answer::None; // Attending or NotAttending
    QString comment;                                // optional, the client's words
};

// SessionAnswer -> FHIR R4 AppointmentResponse, uploaded with PUT AppointmentResponse/<id>:
//
//   id                 responseId, lower case without braces
//   appointment        Appointment/<appointmentId>
//   actor              Patient/<patientId>
//   participantStatus  Attending -> accepted, NotAttending -> declined
//   comment            as typed, control characters FHIR forbids made spaces; omitted when
//                      empty or only whitespace
//
// No security labels: an answer to an appointment says nothing the Appointment does not.
// Answer None, a null id or ids that are not FHIR ids are InvalidInput.
namespace AppointmentResponseBuilder {

Result<QJsonObject, MappingError> build(const SessionAnswer& answer);

} // namespace AppointmentResponseBuilder

} // namespace stepstone
