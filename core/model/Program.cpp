#include "model/Program.h"

namespace stepstone {

namespace {

// A date typed by mistake ("0026", "20260") is not a plan a clinic makes.
constexpr int kEarliestYear = 2000;
constexpr int kLatestYear = 2100;

} // namespace

std::optional<ProgramLevel> levelAfter(ProgramLevel level) {
    switch (level) {
    case ProgramLevel::Iop:
        return ProgramLevel::Outpatient;
    case ProgramLevel::Outpatient:
        return ProgramLevel::Aftercare;
    case ProgramLevel::Aftercare:
        break;
    }
    return std::nullopt;
}

QString levelCode(ProgramLevel level) {
    switch (level) {
    case ProgramLevel::Iop:
        return QStringLiteral("iop");
    case ProgramLevel::Outpatient:
        return QStringLiteral("outpatient");
    case ProgramLevel::Aftercare:
        break;
    }
    return QStringLiteral("aftercare");
}

std::optional<ProgramLevel> levelFromCode(const QString& code) {
    for (ProgramLevel level :
         {ProgramLevel::Iop, ProgramLevel::Outpatient, ProgramLevel::Aftercare})
        if (levelCode(level) == code)
            return level;
    return std::nullopt;
}

bool ProgramStatus::isValid() const {
    if (!stepDownOn)
        return true;
    return levelAfter(level).has_value() && stepDownOn->isValid() &&
           stepDownOn->year() >= kEarliestYear && stepDownOn->year() <= kLatestYear;
}

} // namespace stepstone
