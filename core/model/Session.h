#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <optional>

namespace stepstone {

// One treatment session from the clinic's schedule (a FHIR Appointment). Clinic-owned: the
// server's version always wins; only the client's own answer (attending or not) goes back.
struct Session {
    enum class Kind { Individual, Group, Family, Other };
    enum class Status { Booked, Pending, Cancelled, Fulfilled, NoShow, Other };
    enum class Answer { None, Attending, NotAttending };

    QString id;        // the Appointment's logical id on the server
    QString versionId; // opaque (the server uses UUIDs)
    Kind kind = Kind::Other;
    Status status = Status::Other;
    QString title; // Appointment.description
    QDateTime start;
    QDateTime end;
    QString place;      // the Location's name and address, empty for a video session
    QString locationId; // Location/<id> when the session is in person
    std::optional<QUrl> videoLink;
    // The clinic sent a video link that is not safe to open, so none is shown: the client should
    // ask the clinic for it.
    bool videoLinkWithheld = false;
    QString comment; // Appointment.comment / patientInstruction
    // The client's own answer once they gave one, else what the Appointment says.
    Answer answer = Answer::None;
    bool answerPending = false; // the client's answer has not reached the clinic's server yet
};

// The session-kind codes, shared by storage and the clinic's code system.
QString codeFor(Session::Kind kind);
Session::Kind sessionKindFromCode(QStringView code);
// The answer codes, shared by storage and the interface: none, attending, not-attending.
QString codeFor(Session::Answer answer);
Session::Answer sessionAnswerFromCode(QStringView code);

} // namespace stepstone
