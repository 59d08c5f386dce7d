#include "sync/mapping/MeetingCarePlanMapper.h"

#include "sync/mapping/ClientRecordFhir.h"
#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"
#include "sync/mapping/PartTwoSecurityLabels.h"

#include <QJsonArray>

namespace stepstone::MeetingCarePlanMapper {

namespace {

const QString kCarePlan = QStringLiteral("CarePlan");
const QString kDetail = QStringLiteral("CarePlan.activity[0].detail");
const QString kRepeat = QStringLiteral("CarePlan.activity[0].detail.scheduledTiming.repeat");
constexpr QLatin1String kCategoryCode("peer-support-meeting");
constexpr QLatin1String kWeekly("wk");

QString kindDisplay(MeetingKind kind) {
    switch (kind) {
    case MeetingKind::TwelveStep:
        return QStringLiteral("12-step meeting");
    case MeetingKind::SmartRecovery:
        return QStringLiteral("SMART Recovery meeting");
    case MeetingKind::Alumni:
        return QStringLiteral("Alumni group");
    case MeetingKind::Other:
        break;
    }
    return QStringLiteral("Other peer-support meeting");
}

// What `problem` says about the CarePlan, as an error of `kind` (InvalidInput when writing, the
// reader's kinds when reading).
MappingError errorFor(MeetingProblem problem, std::optional<MappingErrorKind> kind) {
    const auto error = [&](MappingErrorKind readKind, const QString& field, const QString& why) {
        return MappingError{kind.value_or(readKind), field, why};
    };
    const auto tooLong = [&](const QString& field, int most) {
        return error(MappingErrorKind::OutOfRange, field,
                     QStringLiteral("at most %1 characters").arg(most));
    };
    switch (problem) {
    case MeetingProblem::EmptyName:
        return error(MappingErrorKind::OutOfRange, QStringLiteral("CarePlan.title"),
                     QStringLiteral("a name that is not blank"));
    case MeetingProblem::NameTooLong:
        return tooLong(QStringLiteral("CarePlan.title"), MeetingDetails::kMaxNameLength);
    case MeetingProblem::NoSuchWeekday:
        return error(MappingErrorKind::OutOfRange, kRepeat + QStringLiteral(".dayOfWeek"),
                     QStringLiteral("a weekday"));
    case MeetingProblem::NotATime:
        return error(MappingErrorKind::OutOfRange, kRepeat + QStringLiteral(".timeOfDay"),
                     QStringLiteral("a time of day"));
    case MeetingProblem::LinkNotHttps:
    case MeetingProblem::LinkUnusable:
        return error(MappingErrorKind::UnsafeLink, kDetail + QStringLiteral(".extension"),
                     QStringLiteral("a safe https link"));
    case MeetingProblem::PlaceTooLong:
        return tooLong(kDetail + QStringLiteral(".location.display"),
                       MeetingDetails::kMaxPlaceLength);
    case MeetingProblem::NoteTooLong:
        break;
    }
    return tooLong(QStringLiteral("CarePlan.description"), MeetingDetails::kMaxNoteLength);
}

QJsonObject detailFrom(const MeetingDetails& details) {
    const QJsonObject repeat{
        {QStringLiteral("frequency"), 1},
        {QStringLiteral("period"), 1},
        {QStringLiteral("periodUnit"), QString(kWeekly)},
        {QStringLiteral("dayOfWeek"), QJsonArray{toFhirWeekday(details.weekday)}},
        {QStringLiteral("timeOfDay"),
         QJsonArray{toFhirTime(QTime(details.timeOfDay.hour(), details.timeOfDay.minute()))}},
    };
    QJsonObject detail{
        {QStringLiteral("status"), QStringLiteral("scheduled")},
        {QStringLiteral("code"), fhir::codeableConcept(fhir::coding(fhir::systems::kMeetingKind,
                                                                    meetingKindCode(details.kind),
                                                                    kindDisplay(details.kind)))},
        {QStringLiteral("scheduledTiming"), QJsonObject{{QStringLiteral("repeat"), repeat}}},
    };
    if (const QString place = fhir::fhirStringFrom(details.place); !place.trimmed().isEmpty())
        detail.insert(QLatin1String("location"), QJsonObject{{QStringLiteral("display"), place}});
    if (!details.link.isEmpty())
        detail.insert(QLatin1String("extension"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("url"), QString(fhir::systems::kMeetingLinkExtension)},
                          {QStringLiteral("valueUrl"), details.link}}});
    return detail;
}

Result<void, MappingError> readStatus(const QJsonObject& carePlan) {
    const QString path = kCarePlan + QStringLiteral(".status");
    auto status = fhir::requiredString(carePlan, QLatin1String("status"), kCarePlan);
    if (!status)
        return fail(status.error());
    if (*status == QLatin1String("active"))
        return {};
    if (*status == QLatin1String("entered-in-error"))
        return fail(
            MappingError{MappingErrorKind::EnteredInError, path, QStringLiteral("withdrawn")});
    if (*status == QLatin1String("revoked") || *status == QLatin1String("completed"))
        return fail(
            MappingError{MappingErrorKind::NotListed, path, QStringLiteral("no longer attended")});
    return fail(MappingError::outOfRange(path, QStringLiteral("active")));
}

Result<void, MappingError> checkCategory(const QJsonObject& carePlan) {
    const QString listPath = kCarePlan + QStringLiteral(".category");
    auto categories = fhir::optionalArray(carePlan, QLatin1String("category"), kCarePlan);
    if (!categories)
        return fail(categories.error());
    for (qsizetype i = 0; i < categories->size(); ++i) {
        auto category = fhir::objectAt(*categories, i, listPath);
        if (!category)
            return fail(category.error());
        auto code = fhir::codeFrom(*category, fhir::systems::kMeeting,
                                   listPath + QStringLiteral("[%1]").arg(i));
        if (!code)
            return fail(code.error());
        if (*code == kCategoryCode)
            return {};
    }
    return fail(MappingError{MappingErrorKind::WrongResource, listPath,
                             QStringLiteral("not a Stepstone peer-support meeting")});
}

Result<QString, MappingError> theOneOf(const QJsonObject& repeat, QLatin1String key,
                                       const QString& what) {
    auto list = fhir::optionalStringArray(repeat, key, kRepeat);
    if (!list)
        return fail(list.error());
    if (list->size() != 1)
        return fail(MappingError::outOfRange(kRepeat + QLatin1Char('.') + key, what));
    return list->first();
}

// Once a week on one weekday at one time on the minute.
Result<void, MappingError> readTiming(const QJsonObject& detail, MeetingDetails& into) {
    auto timing = fhir::requiredObject(detail, QLatin1String("scheduledTiming"), kDetail);
    if (!timing)
        return fail(timing.error());
    auto repeat = fhir::requiredObject(*timing, QLatin1String("repeat"),
                                       kDetail + QStringLiteral(".scheduledTiming"));
    if (!repeat)
        return fail(repeat.error());
    for (QLatin1String key : {QLatin1String("frequency"), QLatin1String("period")})
        if (auto once = fhir::readIntegerIn(*repeat, key, kRepeat, 1, 1); !once)
            return fail(once.error());
    auto unit = fhir::requiredString(*repeat, QLatin1String("periodUnit"), kRepeat);
    if (!unit)
        return fail(unit.error());
    if (*unit != kWeekly)
        return fail(MappingError::outOfRange(kRepeat + QStringLiteral(".periodUnit"),
                                             QStringLiteral("every week")));

    auto day = theOneOf(*repeat, QLatin1String("dayOfWeek"), QStringLiteral("one weekday"));
    if (!day)
        return fail(day.error());
    const auto weekday = fromFhirWeekday(*day);
    if (!weekday)
        return fail(MappingError::unknownCode(kRepeat + QStringLiteral(".dayOfWeek")));
    into.weekday = *weekday;

    auto clock = theOneOf(*repeat, QLatin1String("timeOfDay"), QStringLiteral("one time"));
    if (!clock)
        return fail(clock.error());
    const auto time = fromFhirTime(*clock);
    if (!time)
        return fail(MappingError::wrongType(kRepeat + QStringLiteral(".timeOfDay"),
                                            QStringLiteral("a time, HH:MM:SS")));
    if (time->second() != 0 || time->msec() != 0)
        return fail(MappingError::outOfRange(kRepeat + QStringLiteral(".timeOfDay"),
                                             QStringLiteral("a time on the minute")));
    into.timeOfDay = *time;
    return {};
}

Result<void, MappingError> readKind(const QJsonObject& detail, MeetingDetails& into) {
    auto code =
        fhir::requiredCodeFrom(detail, QLatin1String("code"), fhir::systems::kMeetingKind, kDetail);
    if (!code)
        return fail(code.error());
    const auto kind = meetingKindFromCode(*code);
    if (!kind)
        return fail(MappingError::unknownCode(kDetail + QStringLiteral(".code")));
    into.kind = *kind;
    return {};
}

Result<void, MappingError> readPlaceAndLink(const QJsonObject& detail, MeetingDetails& into) {
    auto location = fhir::optionalObject(detail, QLatin1String("location"), kDetail);
    if (!location)
        return fail(location.error());
    auto place = fhir::optionalString(*location, QLatin1String("display"),
                                      kDetail + QStringLiteral(".location"));
    if (!place)
        return fail(place.error());
    into.place = *place;

    const QString listPath = kDetail + QStringLiteral(".extension");
    auto extensions = fhir::optionalArray(detail, QLatin1String("extension"), kDetail);
    if (!extensions)
        return fail(extensions.error());
    bool seenLink = false;
    for (qsizetype i = 0; i < extensions->size(); ++i) {
        const QString path = listPath + QStringLiteral("[%1]").arg(i);
        auto extension = fhir::objectAt(*extensions, i, listPath);
        if (!extension)
            return fail(extension.error());
        auto url = fhir::requiredString(*extension, QLatin1String("url"), path);
        if (!url)
            return fail(url.error());
        if (*url != fhir::systems::kMeetingLinkExtension)
            continue;
        if (seenLink)
            return fail(MappingError::outOfRange(path, QStringLiteral("one link")));
        seenLink = true;
        auto link = fhir::requiredString(*extension, QLatin1String("valueUrl"), path);
        if (!link)
            return fail(link.error());
        into.link = *link;
    }
    return {};
}

Result<void, MappingError> readActivity(const QJsonObject& carePlan, MeetingDetails& into) {
    const QString listPath = kCarePlan + QStringLiteral(".activity");
    auto activities = fhir::optionalArray(carePlan, QLatin1String("activity"), kCarePlan);
    if (!activities)
        return fail(activities.error());
    if (activities->isEmpty())
        return fail(MappingError::missing(listPath));
    auto activity = fhir::objectAt(*activities, 0, listPath);
    if (!activity)
        return fail(activity.error());
    auto detail =
        fhir::requiredObject(*activity, QLatin1String("detail"), listPath + QStringLiteral("[0]"));
    if (!detail)
        return fail(detail.error());
    if (auto kind = readKind(*detail, into); !kind)
        return kind;
    if (auto timing = readTiming(*detail, into); !timing)
        return timing;
    return readPlaceAndLink(*detail, into);
}

} // namespace

Result<QJsonObject, MappingError> toCarePlan(const Meeting& meeting, const QString& patientId) {
    if (meeting.id.isNull())
        return fail(MappingError{MappingErrorKind::InvalidInput, QStringLiteral("CarePlan.id"),
                                 QStringLiteral("null UUID")});
    if (!fhir::isFhirId(patientId))
        return fail(MappingError{MappingErrorKind::InvalidInput, QStringLiteral("CarePlan.subject"),
                                 QStringLiteral("not a FHIR id")});
    const MeetingDetails& details = meeting.details;
    if (const auto problem = problemWith(details))
        return fail(errorFor(*problem, MappingErrorKind::InvalidInput));

    const QJsonObject patient = fhir::reference(QStringLiteral("Patient"), patientId);
    QJsonObject carePlan{
        {QStringLiteral("resourceType"), kCarePlan},
        {QStringLiteral("id"), meeting.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("security"), fhir::partTwoSecurityLabels()}}},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("intent"), QStringLiteral("plan")},
        {QStringLiteral("category"),
         QJsonArray{fhir::codeableConcept(fhir::coding(fhir::systems::kMeeting, kCategoryCode,
                                                       QStringLiteral("Peer-support meeting")))}},
        {QStringLiteral("title"), fhir::fhirStringFrom(details.name)},
        {QStringLiteral("subject"), patient},
        {QStringLiteral("author"), patient},
        {QStringLiteral("activity"),
         QJsonArray{QJsonObject{{QStringLiteral("detail"), detailFrom(details)}}}},
    };
    if (const QString note = fhir::fhirStringFrom(details.note); !note.trimmed().isEmpty())
        carePlan.insert(QLatin1String("description"), note);
    return carePlan;
}

Result<ServerMeeting, MappingError> fromCarePlan(const QJsonObject& carePlan,
                                                 const QString& patientId) {
    if (auto type = fhir::expectResourceType(carePlan, QLatin1String("CarePlan")); !type)
        return fail(type.error());
    if (auto category = checkCategory(carePlan); !category)
        return fail(category.error());
    if (auto status = readStatus(carePlan); !status)
        return fail(status.error());
    if (auto subject =
            fhir::checkPatientReference(carePlan, QLatin1String("subject"), kCarePlan, patientId);
        !subject)
        return fail(subject.error());

    ServerMeeting meeting;
    auto id = fhir::readUuidId(carePlan, kCarePlan);
    if (!id)
        return fail(id.error());
    meeting.id = *id;
    auto title = fhir::requiredString(carePlan, QLatin1String("title"), kCarePlan);
    if (!title)
        return fail(title.error());
    meeting.details.name = *title;
    auto note = fhir::optionalString(carePlan, QLatin1String("description"), kCarePlan);
    if (!note)
        return fail(note.error());
    meeting.details.note = *note;
    if (auto activity = readActivity(carePlan, meeting.details); !activity)
        return fail(activity.error());
    if (const auto problem = problemWith(meeting.details))
        return fail(errorFor(*problem, std::nullopt));
    auto version = fhir::readVersion(carePlan, kCarePlan);
    if (!version)
        return fail(version.error());
    meeting.versionId = version->versionId;
    meeting.lastUpdated = version->lastUpdated;
    return meeting;
}

} // namespace stepstone::MeetingCarePlanMapper
