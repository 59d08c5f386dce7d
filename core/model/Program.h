#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <optional>

namespace stepstone {

// Where the client is in treatment: the intensive program, then standard outpatient, then
// aftercare, which lasts as long as the client wants it to.
enum class ProgramLevel { Iop, Outpatient, Aftercare };

// The level a step-down leads to; none after aftercare.
std::optional<ProgramLevel> levelAfter(ProgramLevel level);
// How the database names a level ("iop", "outpatient", "aftercare").
QString levelCode(ProgramLevel level);
std::optional<ProgramLevel> levelFromCode(const QString& code);

struct ProgramStatus {
    ProgramLevel level = ProgramLevel::Iop;
    // The day on the client's calendar they move to the next level; unknown until the clinic
    // says. Aftercare has no next level, so no step-down date.
    std::optional<QDate> stepDownOn;

    bool isValid() const;
    bool operator==(const ProgramStatus&) const = default;
};

// The one record of where the client is.
struct Program {
    QUuid id;
    ProgramStatus status;
    QDateTime updatedAt; // with the offset the client changed it at
};

} // namespace stepstone
