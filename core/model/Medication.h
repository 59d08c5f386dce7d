#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QUuid>
#include <optional>
#include <vector>

namespace stepstone {

// How much of a medicine one dose is, as a number and a unit ("8 mg", "1 film", "80 mg").
struct DoseQuantity {
    double value = 0;
    QString unit;

    bool operator==(const DoseQuantity&) const = default;
};

enum class ScheduleKind {
    Daily,      // at the same clock times every day
    ClinicDays, // dosed at the clinic on some weekdays (methadone), at the clock times given
    AsNeeded,   // no slots: nothing is ever due or missed
};

// The codes the store (schedule_kind) and the app's form use.
QString codeFor(ScheduleKind kind);
std::optional<ScheduleKind> scheduleKindFromCode(QStringView code);

struct MedicationSchedule {
    ScheduleKind kind = ScheduleKind::Daily;
    // The client's clock times, earliest first. Daily and ClinicDays need at least one.
    std::vector<QTime> timesOfDay;
    // ClinicDays only: the weekdays of clinic dosing.
    std::vector<Qt::DayOfWeek> clinicDays;

    bool operator==(const MedicationSchedule&) const = default;
};

// A medicine of the client's treatment, MAT included, as the client keeps it.
struct MedicationEntry {
    static constexpr int kMaxNameLength = 120;
    static constexpr int kMaxPrescriberLength = 120;
    static constexpr int kMaxTimesADay = 12;

    QString name;
    DoseQuantity dose;
    MedicationSchedule schedule;
    std::optional<QDate> refillOn;
    QString prescriber;
    QString rxNormCode;      // when known, for example from the clinic's list
    QString clinicRequestId; // the clinic's MedicationRequest this follows, if any

    // What the store keeps: a name, a positive dose with its unit, and a schedule that says when
    // (MedicationInput reads a form into one, with a reason for each field it cannot read).
    bool isValid() const;
    bool operator==(const MedicationEntry&) const = default;
};

struct Medication {
    QUuid id;
    MedicationEntry entry;
    QDateTime createdAt;
    QDateTime updatedAt;
};

enum class DoseOutcome { Taken, Skipped };

// The codes the store (dose_event.outcome) uses.
QString codeFor(DoseOutcome outcome);
std::optional<DoseOutcome> doseOutcomeFromCode(QStringView code);

// The client's mark on one scheduled dose; the reason is optional, never asked for.
struct DoseMark {
    static constexpr int kMaxReasonLength = 280; // one line

    QUuid medicationId;
    QDateTime dueAt; // the slot, at the offset it was due in
    DoseOutcome outcome = DoseOutcome::Taken;
    QString reason;

    bool isValid() const;
    bool operator==(const DoseMark&) const = default;
};

struct DoseEvent {
    QUuid id;
    DoseMark mark;
    QDateTime recordedAt;
    QDateTime updatedAt;
};

} // namespace stepstone
