// CheckInObservationMapper::fromObservation: the server's Observation back into a check-in.
#include "sync/mapping/CheckInObservationCodes.h"
#include "sync/mapping/CheckInObservationMapper.h"
#include "sync/mapping/ClientRecordFhir.h"
#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <cmath>

namespace stepstone::CheckInObservationMapper {

namespace {

using namespace fhir::checkin;

const QString kObservation = QStringLiteral("Observation");

struct Components {
    std::optional<int> mood;
    std::optional<int> craving;
    std::optional<int> sleepMinutes;
    std::optional<bool> usedToday;
};

Result<int, MappingError> readScale(const QJsonObject& component, const QString& path) {
    return fhir::readIntegerIn(component, QLatin1String("valueInteger"), path,
                               CheckInAnswers::kMinScale, CheckInAnswers::kMaxScale);
}

Result<int, MappingError> readSleepMinutes(const QJsonObject& component, const QString& path) {
    const QString valuePath = path + QStringLiteral(".valueQuantity");
    auto quantity = fhir::requiredObject(component, QLatin1String("valueQuantity"), path);
    if (!quantity)
        return fail(quantity.error());
    const QJsonValue value = quantity->value(QLatin1String("value"));
    if (!value.isDouble())
        return fail(MappingError::wrongType(valuePath + QStringLiteral(".value"),
                                            QStringLiteral("a number")));
    auto system = fhir::optionalString(*quantity, QLatin1String("system"), valuePath);
    if (!system)
        return fail(system.error());
    auto unit = fhir::optionalString(*quantity, QLatin1String("code"), valuePath);
    if (!unit)
        return fail(unit.error());
    if (*system != fhir::systems::kUcum || (*unit != kMinutesUnit && *unit != kHoursUnit))
        return fail(MappingError::unknownCode(valuePath + QStringLiteral(".code")));
    const double minutes = value.toDouble() * (*unit == kHoursUnit ? 60 : 1);
    if (std::floor(minutes) != minutes)
        return fail(MappingError::wrongType(valuePath, QStringLiteral("whole minutes")));
    if (minutes < 0 || minutes > CheckInAnswers::kMaxSleepMinutes)
        return fail(MappingError::outOfRange(valuePath, QStringLiteral("0 to 24 h")));
    return static_cast<int>(minutes);
}

Result<bool, MappingError> readBoolean(const QJsonObject& component, const QString& path) {
    const QJsonValue value = component.value(QLatin1String("valueBoolean"));
    if (!value.isBool())
        return fail(MappingError::wrongType(path + QStringLiteral(".valueBoolean"),
                                            QStringLiteral("a boolean")));
    return value.toBool();
}

// Reads `read(component, path)` into `slot`, which must still be empty.
template <class T, class Read>
Result<void, MappingError> readOnce(std::optional<T>& slot, Read read, const QJsonObject& component,
                                    const QString& path) {
    if (slot)
        return fail(MappingError::outOfRange(path, QStringLiteral("each answer once")));
    auto value = read(component, path);
    if (!value)
        return fail(value.error());
    slot = *value;
    return {};
}

Result<void, MappingError> readComponent(const QJsonObject& component, const QString& path,
                                         Components& into) {
    auto code = fhir::optionalObject(component, QLatin1String("code"), path);
    if (!code)
        return fail(code.error());
    const QString codePath = path + QStringLiteral(".code");
    auto loinc = fhir::codeFrom(*code, fhir::systems::kLoinc, codePath);
    if (!loinc)
        return fail(loinc.error());
    if (*loinc == kSleepDurationLoinc)
        return readOnce(into.sleepMinutes, readSleepMinutes, component, path);
    auto own = fhir::codeFrom(*code, fhir::systems::kCheckIn, codePath);
    if (!own)
        return fail(own.error());
    if (*own == kMoodComponent)
        return readOnce(into.mood, readScale, component, path);
    if (*own == kCravingComponent)
        return readOnce(into.craving, readScale, component, path);
    if (*own == kUsedTodayComponent)
        return readOnce(into.usedToday, readBoolean, component, path);
    return {}; // a question a newer app asks
}

Result<CheckInAnswers, MappingError> readAnswers(const QJsonObject& observation) {
    const QString path = QStringLiteral("Observation.component");
    auto list = fhir::optionalArray(observation, QLatin1String("component"), kObservation);
    if (!list)
        return fail(list.error());
    Components components;
    for (qsizetype i = 0; i < list->size(); ++i) {
        auto component = fhir::objectAt(*list, i, path);
        if (!component)
            return fail(component.error());
        if (auto read = readComponent(*component, path + QStringLiteral("[%1]").arg(i), components);
            !read)
            return fail(read.error());
    }
    if (!components.mood)
        return fail(MappingError::missing(path + QStringLiteral(":mood")));
    if (!components.craving)
        return fail(MappingError::missing(path + QStringLiteral(":craving")));
    if (!components.usedToday)
        return fail(MappingError::missing(path + QStringLiteral(":used-today")));
    CheckInAnswers answers;
    answers.mood = *components.mood;
    answers.craving = *components.craving;
    answers.sleepMinutes = components.sleepMinutes;
    answers.usedToday = *components.usedToday;
    auto note = fhir::firstNoteText(observation, kObservation, CheckInAnswers::kMaxNoteLength);
    if (!note)
        return fail(note.error());
    if (note->contains(u'\n') || note->contains(u'\r'))
        return fail(MappingError::outOfRange(QStringLiteral("Observation.note[0].text"),
                                             QStringLiteral("one line")));
    answers.note = *note;
    return answers;
}

Result<QDate, MappingError> readDay(const QJsonObject& observation) {
    auto text = fhir::requiredString(observation, QLatin1String("effectiveDateTime"), kObservation);
    if (!text)
        return fail(text.error());
    const auto day = fromFhirDate(*text);
    if (!day)
        return fail(MappingError::wrongType(QStringLiteral("Observation.effectiveDateTime"),
                                            QStringLiteral("a day, YYYY-MM-DD")));
    return *day;
}

} // namespace

Result<ServerCheckIn, MappingError> fromObservation(const QJsonObject& observation,
                                                    const QString& patientId) {
    if (auto own = fhir::checkOwnObservation(observation, fhir::systems::kCheckIn, kCheckInCode,
                                             QStringLiteral("a Stepstone check-in"), patientId);
        !own)
        return fail(own.error());

    ServerCheckIn checkIn;
    auto id = fhir::readUuidId(observation, kObservation);
    if (!id)
        return fail(id.error());
    checkIn.id = *id;
    auto day = readDay(observation);
    if (!day)
        return fail(day.error());
    checkIn.day = *day;
    auto answeredAt = fhir::requiredInstant(observation, QLatin1String("issued"), kObservation);
    if (!answeredAt)
        return fail(answeredAt.error());
    checkIn.answeredAt = *answeredAt;
    auto answers = readAnswers(observation);
    if (!answers)
        return fail(answers.error());
    checkIn.answers = *answers;
    auto version = fhir::readVersion(observation, kObservation);
    if (!version)
        return fail(version.error());
    checkIn.versionId = version->versionId;
    checkIn.lastUpdated = version->lastUpdated;
    return checkIn;
}

} // namespace stepstone::CheckInObservationMapper
