// Test tool: writes every FHIR resource the day-to-day mappers make (check-in, lapse and program
// Observations, MedicationStatements, MedicationAdministrations, meeting CarePlans;
// SampleDayToDay.h) to OUT_DIR, and some broken on purpose as *.invalid.json, for tests/fhir-schema
// to check against the FHIR R4 JSON schema.
//   day_to_day_samples OUT_DIR
#include "SampleDayToDay.h"
#include "sync/mapping/CheckInObservationMapper.h"
#include "sync/mapping/LapseObservationMapper.h"
#include "sync/mapping/MedicationAdministrationMapper.h"
#include "sync/mapping/MedicationStatementMapper.h"
#include "sync/mapping/MeetingCarePlanMapper.h"
#include "sync/mapping/ProgramObservationMapper.h"

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

    Program program = test::sampleProgram();
    add("program-iop-stepping-down.json",
        ProgramObservationMapper::toObservation(program, kPatient));
    program.status = {ProgramLevel::Aftercare, std::nullopt};
    add("program-aftercare.json", ProgramObservationMapper::toObservation(program, kPatient));

    Meeting meeting = test::sampleMeeting();
    add("meeting-full.json", MeetingCarePlanMapper::toCarePlan(meeting, kPatient));
    meeting.details.kind = MeetingKind::SmartRecovery;
    meeting.details.place.clear();
    meeting.details.link.clear();
    meeting.details.note.clear();
    add("meeting-bare.json", MeetingCarePlanMapper::toCarePlan(meeting, kPatient));

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
    // The JSON schema has no enums for CarePlan.intent nor Timing's codes, and takes a string for
    // an object: a time of day without seconds and a step-down date in another format it catches.
    auto carePlan = MeetingCarePlanMapper::toCarePlan(test::sampleMeeting(), kPatient);
    if (carePlan)
        *carePlan = test::withMeetingRepeat(*carePlan, [](QJsonObject& repeat) {
            repeat[QLatin1String("timeOfDay")] = QJsonArray{QStringLiteral("19:30")};
        });
    add("broken-meeting-time-without-seconds.invalid.json", carePlan);
    auto programObservation =
        ProgramObservationMapper::toObservation(test::sampleProgram(), kPatient);
    if (programObservation) {
        QJsonObject stepDown =
            programObservation->value(QLatin1String("component")).toArray().first().toObject();
        stepDown[QLatin1String("valueDateTime")] = QStringLiteral("30/04/2026");
        (*programObservation)[QLatin1String("component")] = QJsonArray{stepDown};
    }
    add("broken-program-step-down-date.invalid.json", programObservation);
    return written ? 0 : 3;
}
