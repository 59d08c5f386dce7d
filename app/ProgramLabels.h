#pragma once

#include "model/Program.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace stepstone {

// The words a client reads for where they are in treatment, in their language.
namespace programLabels {
// "Intensive outpatient (IOP)", "Standard outpatient", "Aftercare"
QString level(ProgramLevel level);
// In the order of ProgramLevel, for a choice list.
QStringList levels();
// "Step-down to outpatient on 12 January: in 38 days"; empty for aftercare, which has none.
QString stepDown(const ProgramStatus& status, const QDate& today);
// The date as the client reads it, with the year: "12 January 2027".
QString date(const QDate& day);
} // namespace programLabels

} // namespace stepstone
