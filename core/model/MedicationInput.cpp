#include "model/MedicationInput.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace stepstone {

namespace {

// A number first, then the unit: "8 mg", "0.5ml", "1 film", "8 mg/2 mg".
const QRegularExpression kDose(QStringLiteral(R"(^(\d+(?:[.,]\d+)?)\s*(\S.*)?$)"));

// A dose this large is a typing slip, not a prescription.
constexpr double kMaxDoseValue = 100000;

} // namespace

MedicationField fieldOf(MedicationProblem problem) {
    switch (problem) {
    case MedicationProblem::NameMissing:
    case MedicationProblem::NameTooLong:
        return MedicationField::Name;
    case MedicationProblem::DoseMissing:
    case MedicationProblem::DoseNotANumber:
    case MedicationProblem::DoseNotPositive:
    case MedicationProblem::DoseUnitMissing:
        return MedicationField::Dose;
    case MedicationProblem::TimesMissing:
    case MedicationProblem::TimeUnreadable:
    case MedicationProblem::TooManyTimes:
        return MedicationField::Times;
    case MedicationProblem::ClinicDaysMissing:
        return MedicationField::ClinicDays;
    case MedicationProblem::RefillDateUnreadable:
        return MedicationField::RefillOn;
    case MedicationProblem::PrescriberTooLong:
        break;
    }
    return MedicationField::Prescriber;
}

std::optional<MedicationProblem> MedicationReading::problemWith(MedicationField field) const {
    for (MedicationProblem problem : problems)
        if (fieldOf(problem) == field)
            return problem;
    return std::nullopt;
}

Result<DoseQuantity, MedicationProblem> readDose(const QString& text) {
    const QString dose = text.simplified();
    if (dose.isEmpty())
        return fail(MedicationProblem::DoseMissing);
    const auto match = kDose.match(dose);
    if (!match.hasMatch())
        return fail(MedicationProblem::DoseNotANumber);
    QString number = match.captured(1);
    number.replace(u',', u'.');
    bool isNumber = false;
    const double value = number.toDouble(&isNumber);
    if (!isNumber || !std::isfinite(value) || value > kMaxDoseValue)
        return fail(MedicationProblem::DoseNotANumber);
    if (value <= 0)
        return fail(MedicationProblem::DoseNotPositive);
    const QString unit = match.captured(2).trimmed();
    if (unit.isEmpty())
        return fail(MedicationProblem::DoseUnitMissing);
    return DoseQuantity{value, unit};
}

Result<std::vector<QTime>, MedicationProblem> readTimesOfDay(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression clockTime(QStringLiteral(R"(^(\d{1,2}):(\d{2})$)"));
    std::vector<QTime> times;
    for (const QString& token : text.split(separators, Qt::SkipEmptyParts)) {
        const auto match = clockTime.match(token);
        const QTime time = match.hasMatch()
                               ? QTime(match.captured(1).toInt(), match.captured(2).toInt())
                               : QTime();
        if (!time.isValid())
            return fail(MedicationProblem::TimeUnreadable);
        times.push_back(time);
    }
    if (times.empty())
        return fail(MedicationProblem::TimesMissing);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    if (int(times.size()) > MedicationEntry::kMaxTimesADay)
        return fail(MedicationProblem::TooManyTimes);
    return times;
}

QString timesOfDayText(const std::vector<QTime>& times) {
    QStringList words;
    for (const QTime& time : times)
        words << time.toString(QStringLiteral("HH:mm"));
    return words.join(u' ');
}

MedicationReading readMedication(const MedicationInput& input, const QDate& today) {
    MedicationReading reading;
    MedicationEntry entry;
    entry.name = input.name.simplified();
    if (entry.name.isEmpty())
        reading.problems.push_back(MedicationProblem::NameMissing);
    else if (entry.name.size() > MedicationEntry::kMaxNameLength)
        reading.problems.push_back(MedicationProblem::NameTooLong);

    auto dose = readDose(input.dose);
    if (dose)
        entry.dose = *dose;
    else
        reading.problems.push_back(dose.error());

    entry.schedule.kind = input.kind;
    if (input.kind != ScheduleKind::AsNeeded) {
        auto times = readTimesOfDay(input.times);
        if (times)
            entry.schedule.timesOfDay = std::move(*times);
        else
            reading.problems.push_back(times.error());
    }
    if (input.kind == ScheduleKind::ClinicDays) {
        auto days = input.clinicDays;
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        if (days.empty())
            reading.problems.push_back(MedicationProblem::ClinicDaysMissing);
        entry.schedule.clinicDays = std::move(days);
    }

    const QString refill = input.refillOn.trimmed();
    if (!refill.isEmpty()) {
        const QDate refillOn = QDate::fromString(refill, Qt::ISODate);
        if (!refillOn.isValid()) {
            reading.problems.push_back(MedicationProblem::RefillDateUnreadable);
        } else {
            entry.refillOn = refillOn;
            reading.refillPast = refillOn < today;
        }
    }

    entry.prescriber = input.prescriber.simplified();
    if (entry.prescriber.size() > MedicationEntry::kMaxPrescriberLength)
        reading.problems.push_back(MedicationProblem::PrescriberTooLong);
    entry.rxNormCode = input.rxNormCode;
    entry.clinicRequestId = input.clinicRequestId;

    if (reading.problems.empty())
        reading.entry = std::move(entry);
    return reading;
}

MedicationInput inputFrom(const MedicationEntry& entry) {
    MedicationInput input;
    input.name = entry.name;
    input.dose = QString::number(entry.dose.value) + u' ' + entry.dose.unit;
    input.kind = entry.schedule.kind;
    input.times = timesOfDayText(entry.schedule.timesOfDay);
    input.clinicDays = entry.schedule.clinicDays;
    input.refillOn = entry.refillOn ? entry.refillOn->toString(Qt::ISODate) : QString();
    input.prescriber = entry.prescriber;
    input.rxNormCode = entry.rxNormCode;
    input.clinicRequestId = entry.clinicRequestId;
    return input;
}

} // namespace stepstone
