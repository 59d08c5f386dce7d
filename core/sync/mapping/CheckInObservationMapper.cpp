#include "sync/mapping/CheckInObservationMapper.h"

#include "sync/mapping/CheckInObservationCodes.h"
#include "sync/mapping/ClientRecordFhir.h"
#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"
#include "sync/mapping/SelfReportedObservation.h"

#include <QJsonArray>

namespace stepstone::CheckInObservationMapper {

namespace {

using namespace fhir::checkin;

MappingError invalidCheckIn(const QString& field, const QString& why) {
    return {MappingErrorKind::InvalidInput, field, why};
}

QJsonObject checkInCode(QLatin1String code, const QString& display) {
    return fhir::codeableConcept(fhir::coding(fhir::systems::kCheckIn, code, display));
}

QJsonArray components(const CheckInAnswers& answers) {
    QJsonArray list{
        QJsonObject{{QStringLiteral("code"), checkInCode(kMoodComponent, QStringLiteral("Mood"))},
                    {QStringLiteral("valueInteger"), answers.mood}},
        QJsonObject{
            {QStringLiteral("code"), checkInCode(kCravingComponent, QStringLiteral("Craving"))},
            {QStringLiteral("valueInteger"), answers.craving}},
    };
    if (answers.sleepMinutes)
        list.append(QJsonObject{
            {QStringLiteral("code"),
             fhir::codeableConcept(fhir::coding(fhir::systems::kLoinc, kSleepDurationLoinc,
                                                QStringLiteral("Sleep duration")))},
            {QStringLiteral("valueQuantity"),
             QJsonObject{{QStringLiteral("value"), *answers.sleepMinutes},
                         {QStringLiteral("unit"), QString(kMinutesUnit)},
                         {QStringLiteral("system"), QString(fhir::systems::kUcum)},
                         {QStringLiteral("code"), QString(kMinutesUnit)}}},
        });
    list.append(QJsonObject{
        {QStringLiteral("code"), checkInCode(kUsedTodayComponent, QStringLiteral("Used today"))},
        {QStringLiteral("valueBoolean"), answers.usedToday}});
    return list;
}

} // namespace

Result<QJsonObject, MappingError> toObservation(const CheckIn& checkIn, const QString& patientId) {
    if (checkIn.id.isNull())
        return fail(invalidCheckIn(QStringLiteral("Observation.id"), QStringLiteral("null UUID")));
    if (!fhir::isFhirId(patientId))
        return fail(
            invalidCheckIn(QStringLiteral("Observation.subject"), QStringLiteral("not a FHIR id")));
    if (!checkIn.answers.isValid())
        return fail(
            invalidCheckIn(QStringLiteral("Observation"), QStringLiteral("invalid answers")));
    const QString day = toFhirDate(checkIn.day);
    if (day.isEmpty())
        return fail(invalidCheckIn(QStringLiteral("Observation.effectiveDateTime"),
                                   QStringLiteral("not a day")));
    const QString answeredAt = toFhirInstant(checkIn.answeredAt);
    if (answeredAt.isEmpty())
        return fail(invalidCheckIn(QStringLiteral("Observation.issued"),
                                   QStringLiteral("not representable")));

    QJsonObject observation = fhir::selfReportedObservation(
        checkIn.id, patientId, QLatin1String("survey"), QStringLiteral("Survey"),
        checkInCode(kCheckInCode, QStringLiteral("Daily check-in")));
    observation.insert(QLatin1String("effectiveDateTime"), day);
    observation.insert(QLatin1String("issued"), answeredAt);
    observation.insert(QLatin1String("component"), components(checkIn.answers));
    if (const QJsonArray note = fhir::noteFrom(checkIn.answers.note); !note.isEmpty())
        observation.insert(QLatin1String("note"), note);
    return observation;
}

} // namespace stepstone::CheckInObservationMapper
