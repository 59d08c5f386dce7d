#pragma once

#include "common/Result.h"
#include "model/Medication.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace stepstone {

// The medicine form as the client typed it. The form keeps this, not a MedicationEntry, so
// nothing typed is lost while part of it cannot be read yet.
struct MedicationInput {
    QString name;
    QString dose; // "8 mg", "1 film", "0,5 ml"
    ScheduleKind kind = ScheduleKind::Daily;
    QString times; // "08:00 20:00", "8:00, 20:00"
    std::vector<Qt::DayOfWeek> clinicDays;
    QString refillOn; // YYYY-MM-DD, or nothing
    QString prescriber;
    // Not typed: kept as they were when an entry from the clinic's list is edited.
    QString rxNormCode;
    QString clinicRequestId;

    bool operator==(const MedicationInput&) const = default;
};

// Why a field cannot be read; the app says each in words beside its field.
enum class MedicationProblem {
    NameMissing,
    NameTooLong,
    DoseMissing,
    DoseNotANumber, // "abc"
    DoseNotPositive,
    DoseUnitMissing, // "8" without mg, film, ml...
    TimesMissing,    // a daily or clinic-day schedule needs at least one time
    TimeUnreadable,
    TooManyTimes,
    ClinicDaysMissing,
    RefillDateUnreadable,
    PrescriberTooLong,
};

enum class MedicationField { Name, Dose, Times, ClinicDays, RefillOn, Prescriber };

MedicationField fieldOf(MedicationProblem problem);

struct MedicationReading {
    // Set only when no field has a problem.
    std::optional<MedicationEntry> entry;
    // At most one per field, in the form's order.
    std::vector<MedicationProblem> problems;
    // A refill date already past: perhaps a refill that is overdue. Kept, and said, never refused.
    bool refillPast = false;

    std::optional<MedicationProblem> problemWith(MedicationField field) const;
};

// Reads the form on the client's calendar day `today`.
MedicationReading readMedication(const MedicationInput& input, const QDate& today);

// An entry as the form shows it for editing.
MedicationInput inputFrom(const MedicationEntry& entry);

// "8 mg" → 8 and "mg"; a decimal comma reads as a point.
Result<DoseQuantity, MedicationProblem> readDose(const QString& text);
// Clock times separated by spaces, commas or semicolons, as H:MM or HH:MM; earliest first, once
// each.
Result<std::vector<QTime>, MedicationProblem> readTimesOfDay(const QString& text);
// The times as the form and the store write them: "08:00 20:00".
QString timesOfDayText(const std::vector<QTime>& times);

} // namespace stepstone
