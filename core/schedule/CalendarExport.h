#pragma once

#include "model/ClinicAccount.h"
#include "model/Session.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>
#include <vector>

namespace stepstone {

struct CalendarSession {
    ClinicAccount account; // whose session it is: part of its UID
    Session session;
};

struct CalendarWords {
    // The summary every session gets unless the client asked for details ("Appointment").
    QString discreetSummary;
    // With details: the session's own title, place and the clinic's note.
    bool detailed = false;
};

// The sessions as an iCalendar file (RFC 5545, METHOD:PUBLISH), each at its start in `zone`
// (the client's) with that zone's VTIMEZONE, so a calendar shows the right hour across a clock
// change. Each session's UID is derived from its clinic, patient and Appointment id alone, so
// importing a later export updates the same events; a cancelled session stays in the file,
// marked cancelled, so an import takes it off the calendar. `stampedAt` is the DTSTAMP.
QByteArray calendarOf(const std::vector<CalendarSession>& sessions, const QTimeZone& zone,
                      const CalendarWords& words, const QDateTime& stampedAt);

} // namespace stepstone
