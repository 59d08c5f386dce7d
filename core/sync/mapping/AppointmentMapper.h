#pragma once

#include "common/Result.h"
#include "model/Session.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <vector>

namespace stepstone {

struct SessionFromAppointment {
    Session session;
    // Parts of the Appointment that were left out while the rest is fine to show: today only a
    // video link that is not safe to open. For the sync log; the client sees no link.
    std::vector<MappingError> leftOut;
};

// A FHIR R4 Appointment (clinic-owned, read only) -> the Session the client sees. The contract,
// matching the clinic server's demo seed:
//
//   id, meta.versionId   Session::id, versionId; id must be a FHIR id
//   serviceType          the first coding from https://stepstone.example/fhir/CodeSystem/
//                        session-kind: individual | group | family; anything else is Other
//   status               booked, arrived, checked-in -> Booked (it is on; arrived and checked-in
//                        only say the client is there); proposed, pending, waitlist -> Pending;
//                        cancelled -> Cancelled; noshow -> NoShow; fulfilled -> Fulfilled; a code
//                        from a later FHIR version -> Other. entered-in-error is an
//                        EnteredInError error: the sync drops any local copy of that id.
//   description          title; when empty, the first serviceType text
//   start, end           required instants with timezone, end not before start
//   participant          the one whose actor is Patient/<patientId> is required; its status
//                        accepted -> Attending, declined -> NotAttending, else None.
//                        A Location actor gives locationId ("Location/<id>") and the place:
//                        the included Location's name, address lines and city, or the
//                        participant's display when the Location was not included
//   extension video-link https://stepstone.example/fhir/StructureDefinition/video-link
//                        valueUrl. Only an absolute https URL with a host and no user info is
//                        kept (no http:, javascript:, data:, or "https://clinic@evil.example");
//                        any other link is left out, reported in `leftOut`, and marked
//                        videoLinkWithheld so the client knows to ask the clinic for it.
//   comment              patientInstruction, then comment, then for a cancelled session the
//                        cancelationReason text, separated by blank lines
//
// Unknown fields are ignored. Fields the session needs that have the wrong JSON type are errors.
// Included Locations are read leniently: they only decorate the place.
namespace AppointmentMapper {

// `included` are the other resources of the search Bundle (its _include); only Locations are
// used.
Result<SessionFromAppointment, MappingError> toSession(const QJsonObject& appointment,
                                                       const QList<QJsonObject>& included,
                                                       const QString& patientId);

} // namespace AppointmentMapper

} // namespace stepstone
