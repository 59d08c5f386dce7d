#pragma once

#include "model/DoseDay.h"
#include "model/Medication.h"
#include "model/MedicationInput.h"

#include <QDate>
#include <QString>

namespace stepstone {

// The words a client reads about their medicines and doses, in their language.
namespace medicationLabels {
// What to do about a field the form cannot read, said beside that field.
QString problem(MedicationProblem problem);
QString scheduleKind(ScheduleKind kind);
// "8 mg", "0,5 ml": the number in the client's locale.
QString dose(const DoseQuantity& dose);
// "Every day at 08:00 and 20:00", "Clinic days (Mon, Wed, Fri) at 07:30", "When needed".
QString schedule(const MedicationSchedule& schedule);
// "Refill on 19 Dec", or, once the date has passed, that the refill may be overdue.
QString refill(const QDate& refillOn, const QDate& today);
QString refillPastNotice();
QString doseState(DoseState state);
// The short weekday name, "Mon".
QString weekday(Qt::DayOfWeek day);
} // namespace medicationLabels

} // namespace stepstone
