#include "sync/mapping/MedicationDosage.h"

#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace stepstone::fhir {

namespace {

Result<MedicationSchedule, MappingError> readSchedule(const QJsonObject& dosage,
                                                      const QString& path) {
    auto timing = optionalObject(dosage, QLatin1String("timing"), path);
    if (!timing)
        return fail(timing.error());
    const QString repeatPath = path + QStringLiteral(".timing.repeat");
    auto repeat =
        optionalObject(*timing, QLatin1String("repeat"), path + QStringLiteral(".timing"));
    if (!repeat)
        return fail(repeat.error());
    MedicationSchedule schedule;
    auto times = optionalStringArray(*repeat, QLatin1String("timeOfDay"), repeatPath);
    if (!times)
        return fail(times.error());
    for (const QString& text : *times) {
        const auto time = fromFhirTime(text);
        if (!time)
            return fail(MappingError::wrongType(repeatPath + QStringLiteral(".timeOfDay"),
                                                QStringLiteral("a time, HH:MM:SS")));
        schedule.timesOfDay.push_back(*time);
    }
    std::sort(schedule.timesOfDay.begin(), schedule.timesOfDay.end());
    auto days = optionalStringArray(*repeat, QLatin1String("dayOfWeek"), repeatPath);
    if (!days)
        return fail(days.error());
    for (const QString& code : *days) {
        const auto day = fromFhirWeekday(code);
        if (!day)
            return fail(MappingError::unknownCode(repeatPath + QStringLiteral(".dayOfWeek")));
        schedule.clinicDays.push_back(*day);
    }
    std::sort(schedule.clinicDays.begin(), schedule.clinicDays.end());
    const QJsonValue asNeeded = dosage.value(QLatin1String("asNeededBoolean"));
    if (!asNeeded.isUndefined() && !asNeeded.isBool())
        return fail(MappingError::wrongType(path + QStringLiteral(".asNeededBoolean"),
                                            QStringLiteral("a boolean")));
    schedule.kind = asNeeded.toBool()              ? ScheduleKind::AsNeeded
                    : !schedule.clinicDays.empty() ? ScheduleKind::ClinicDays
                                                   : ScheduleKind::Daily;
    if (!isCompleteSchedule(schedule))
        return fail(MappingError::missing(repeatPath + QStringLiteral(".timeOfDay")));
    return schedule;
}

} // namespace

bool isSendableDose(const DoseQuantity& dose) {
    return std::isfinite(dose.value) && dose.value > 0 && !dose.unit.trimmed().isEmpty();
}

bool isCompleteSchedule(const MedicationSchedule& schedule) {
    switch (schedule.kind) {
    case ScheduleKind::Daily:
        return !schedule.timesOfDay.empty();
    case ScheduleKind::ClinicDays:
        return !schedule.timesOfDay.empty() && !schedule.clinicDays.empty();
    case ScheduleKind::AsNeeded:
        return true;
    }
    return false;
}

QJsonObject quantityFrom(const DoseQuantity& dose) {
    return {{QStringLiteral("value"), dose.value},
            {QStringLiteral("unit"), fhirStringFrom(dose.unit)}};
}

Result<DoseQuantity, MappingError> readQuantity(const QJsonObject& quantity, const QString& path) {
    const QJsonValue value = quantity.value(QLatin1String("value"));
    if (!value.isDouble())
        return fail(
            MappingError::wrongType(path + QStringLiteral(".value"), QStringLiteral("a number")));
    auto unit = optionalString(quantity, QLatin1String("unit"), path);
    if (!unit)
        return fail(unit.error());
    DoseQuantity dose{value.toDouble(), *unit};
    if (dose.unit.isEmpty()) {
        auto code = optionalString(quantity, QLatin1String("code"), path);
        if (!code)
            return fail(code.error());
        dose.unit = *code;
    }
    if (!isSendableDose(dose))
        return fail(MappingError::outOfRange(path, QStringLiteral("a number above 0 with a unit")));
    return dose;
}

QJsonObject dosageFrom(const DoseQuantity& dose, const MedicationSchedule& schedule) {
    QJsonObject repeat;
    std::vector<QTime> times = schedule.timesOfDay;
    std::sort(times.begin(), times.end());
    QJsonArray timeOfDay;
    for (QTime time : times)
        timeOfDay.append(toFhirTime(time));
    if (!timeOfDay.isEmpty())
        repeat.insert(QLatin1String("timeOfDay"), timeOfDay);
    if (schedule.kind == ScheduleKind::ClinicDays) {
        std::vector<Qt::DayOfWeek> days = schedule.clinicDays;
        std::sort(days.begin(), days.end());
        QJsonArray dayOfWeek;
        for (Qt::DayOfWeek day : days)
            dayOfWeek.append(toFhirWeekday(day));
        repeat.insert(QLatin1String("dayOfWeek"), dayOfWeek);
    }
    QJsonObject dosage{
        {QStringLiteral("doseAndRate"),
         QJsonArray{QJsonObject{{QStringLiteral("doseQuantity"), quantityFrom(dose)}}}},
    };
    if (!repeat.isEmpty())
        dosage.insert(QLatin1String("timing"), QJsonObject{{QStringLiteral("repeat"), repeat}});
    if (schedule.kind == ScheduleKind::AsNeeded)
        dosage.insert(QLatin1String("asNeededBoolean"), true);
    return dosage;
}

Result<Dosage, MappingError> readDosage(const QJsonObject& dosage, const QString& path) {
    auto schedule = readSchedule(dosage, path);
    if (!schedule)
        return fail(schedule.error());
    auto doseAndRate = optionalArray(dosage, QLatin1String("doseAndRate"), path);
    if (!doseAndRate)
        return fail(doseAndRate.error());
    const QString ratePath = path + QStringLiteral(".doseAndRate");
    if (doseAndRate->isEmpty())
        return fail(MappingError::missing(ratePath));
    auto first = objectAt(*doseAndRate, 0, ratePath);
    if (!first)
        return fail(first.error());
    auto quantity =
        requiredObject(*first, QLatin1String("doseQuantity"), ratePath + QStringLiteral("[0]"));
    if (!quantity)
        return fail(quantity.error());
    auto dose = readQuantity(*quantity, ratePath + QStringLiteral("[0].doseQuantity"));
    if (!dose)
        return fail(dose.error());
    return Dosage{*dose, *schedule};
}

} // namespace stepstone::fhir
