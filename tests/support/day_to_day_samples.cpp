// Test tool: writes every FHIR resource the day-to-day mappers make (check-in and lapse
// Observations, MedicationStatements, MedicationAdministrations; SampleDayToDay.h) to OUT_DIR,
// and two broken on purpose as *.invalid.json, for tests/fhir-schema to check against the FHIR
// R4 JSON schema.
//   day_to_day_samples OUT_DIR
#include "SampleDayToDay.h"
#include "sync/mapping/CheckInObservationMapper.h"
#include "sync/mapping/LapseObservationMapper.h"
#include "sync/mapping/MedicationAdministrationMapper.h"
#include "sync/mapping/MedicationStatementMapper.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");

bool write(const QDir& dir, const QString& name,
           const Result<QJsonObject, MappingError>& resource) {
    if (!resource) {
        QTextStream(stderr) << name << ": " << resource.error().describe() << '\n';
        return false;
    }
    QFile file(dir.filePath(name));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(QJsonDocument(*resource).toJson()) > 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: day_to_day_samples OUT_DIR\n";
        return 64;
    }
    const QDir out(args[1]);
    bool written = true;
    const auto add = [&](const QString& name, const Result<QJsonObject, MappingError>& resource) {
        written = write(out, name, resource) && written;
    };

    CheckIn checkIn = test::sampleCheckIn();
    add("checkin-full.json", CheckInObservationMapper::toObservation(checkIn, kPatient));
    checkIn.answers.sleepMinutes.reset();
    checkIn.answers.note.clear();
    checkIn.answers.usedToday = true;
    add("checkin-unanswered-sleep.json",
        CheckInObservationMapper::toObservation(checkIn, kPatient));

    Lapse lapse = test::sampleLapse();
    add("lapse-full.json", LapseObservationMapper::toObservation(lapse, kPatient));
    lapse.entry.whatHappened.clear();
    lapse.entry.nextTime.clear();
    lapse.updatedAt = {};
    add("lapse-bare.json", LapseObservationMapper::toObservation(lapse, kPatient));

    const Medication daily = test::sampleDailyMedication();
    const Medication clinicDays = test::sampleClinicDaysMedication();
    const Medication asNeeded = test::sampleAsNeededMedication();
    add("statement-daily.json", MedicationStatementMapper::toMedicationStatement(daily, kPatient));
    add("statement-clinic-days.json",
        MedicationStatementMapper::toMedicationStatement(clinicDays, kPatient));
    add("statement-as-needed.json",
        MedicationStatementMapper::toMedicationStatement(asNeeded, kPatient));

    using MedicationAdministrationMapper::toMedicationAdministration;
    add("dose-taken.json",
        toMedicationAdministration(test::sampleDose(daily, DoseOutcome::Taken), daily, kPatient));
    add("dose-taken-with-remark.json",
        toMedicationAdministration(
            test::sampleDose(asNeeded, DoseOutcome::Taken, QStringLiteral("before the group")),
            asNeeded, kPatient));
    add("dose-skipped.json",
        toMedicationAdministration(
            test::sampleDose(clinicDays, DoseOutcome::Skipped, QStringLiteral("clinic closed")),
            clinicDays, kPatient));

    // Broken on purpose, each in one way the schema must catch.
    auto dose =
        toMedicationAdministration(test::sampleDose(daily, DoseOutcome::Taken), daily, kPatient);
    if (dose)
        (*dose)[QLatin1String("dosage")] =
            QJsonObject{{QStringLiteral("dose"),
                         QJsonObject{{QStringLiteral("value"), QStringLiteral("abc")}}}};
    add("broken-dose-not-a-number.invalid.json", dose);
    auto statement = MedicationStatementMapper::toMedicationStatement(daily, kPatient);
    if (statement)
        (*statement)[QLatin1String("dateAsserted")] = QStringLiteral("21/02/2026 10:00");
    add("broken-statement-date.invalid.json", statement);
    return written ? 0 : 3;
}
