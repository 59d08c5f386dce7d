#include "sync/mapping/AppointmentMapper.h"

#include "common/SafeWebLink.h"
#include "sync/mapping/AppointmentParticipants.h"
#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <QStringList>

namespace stepstone::AppointmentMapper {

namespace {

const QString kAppointment = QStringLiteral("Appointment");

Result<Session::Status, MappingError> readStatus(const QJsonObject& appointment) {
    auto status = fhir::requiredString(appointment, QLatin1String("status"), kAppointment);
    if (!status)
        return fail(status.error());
    const QString& code = *status;
    if (code == QLatin1String("booked") || code == QLatin1String("arrived") ||
        code == QLatin1String("checked-in"))
        return Session::Status::Booked;
    if (code == QLatin1String("proposed") || code == QLatin1String("pending") ||
        code == QLatin1String("waitlist"))
        return Session::Status::Pending;
    if (code == QLatin1String("cancelled"))
        return Session::Status::Cancelled;
    if (code == QLatin1String("noshow"))
        return Session::Status::NoShow;
    if (code == QLatin1String("fulfilled"))
        return Session::Status::Fulfilled;
    if (code == QLatin1String("entered-in-error"))
        return fail(MappingError{MappingErrorKind::EnteredInError,
                                 QStringLiteral("Appointment.status"),
                                 QStringLiteral("withdrawn")});
    return Session::Status::Other;
}

// The kind, and the service type's text as a fallback title.
struct ServiceType {
    Session::Kind kind = Session::Kind::Other;
    QString text;
};

Result<ServiceType, MappingError> readServiceType(const QJsonObject& appointment) {
    const QString path = QStringLiteral("Appointment.serviceType");
    auto types = fhir::optionalArray(appointment, QLatin1String("serviceType"), kAppointment);
    if (!types)
        return fail(types.error());
    ServiceType result;
    bool kindFound = false;
    for (qsizetype i = 0; i < types->size(); ++i) {
        auto type = fhir::objectAt(*types, i, path);
        if (!type)
            return fail(type.error());
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        auto text = fhir::optionalString(*type, QLatin1String("text"), itemPath);
        if (!text)
            return fail(text.error());
        if (result.text.trimmed().isEmpty())
            result.text = *text;
        auto code = fhir::codeFrom(*type, fhir::systems::kSessionKind, itemPath);
        if (!code)
            return fail(code.error());
        if (*code && !kindFound) {
            result.kind = sessionKindFromCode(**code);
            kindFound = true;
        }
    }
    return result;
}

Result<void, MappingError> readIdentity(const QJsonObject& appointment, Session& session) {
    auto id = fhir::requiredString(appointment, QLatin1String("id"), kAppointment);
    if (!id)
        return fail(id.error());
    if (!fhir::isFhirId(*id))
        return fail(
            MappingError::wrongType(QStringLiteral("Appointment.id"), QStringLiteral("a FHIR id")));
    auto meta = fhir::optionalObject(appointment, QLatin1String("meta"), kAppointment);
    if (!meta)
        return fail(meta.error());
    auto versionId =
        fhir::optionalString(*meta, QLatin1String("versionId"), QStringLiteral("Appointment.meta"));
    if (!versionId)
        return fail(versionId.error());
    session.id = *id;
    session.versionId = *versionId;
    return {};
}

Result<void, MappingError> readTimes(const QJsonObject& appointment, Session& session) {
    auto start = fhir::requiredInstant(appointment, QLatin1String("start"), kAppointment);
    if (!start)
        return fail(start.error());
    auto end = fhir::requiredInstant(appointment, QLatin1String("end"), kAppointment);
    if (!end)
        return fail(end.error());
    if (*end < *start)
        return fail(MappingError::outOfRange(QStringLiteral("Appointment.end"),
                                             QStringLiteral("not before start")));
    session.start = *start;
    session.end = *end;
    return {};
}

Result<QString, MappingError> readTitle(const QJsonObject& appointment,
                                        const ServiceType& serviceType) {
    auto description =
        fhir::optionalString(appointment, QLatin1String("description"), kAppointment);
    if (!description)
        return fail(description.error());
    return description->trimmed().isEmpty() ? serviceType.text : *description;
}

Result<QString, MappingError> readComment(const QJsonObject& appointment, Session::Status status) {
    QStringList parts;
    for (const char* key : {"patientInstruction", "comment"}) {
        auto text = fhir::optionalString(appointment, QLatin1String(key), kAppointment);
        if (!text)
            return fail(text.error());
        if (!text->trimmed().isEmpty() && !parts.contains(*text))
            parts.append(*text);
    }
    if (status == Session::Status::Cancelled) {
        // Why it was cancelled is for the client too ("Clinic closed for staff training").
        auto reason =
            fhir::optionalObject(appointment, QLatin1String("cancelationReason"), kAppointment);
        if (!reason)
            return fail(reason.error());
        auto text = fhir::optionalString(*reason, QLatin1String("text"),
                                         QStringLiteral("Appointment.cancelationReason"));
        if (!text)
            return fail(text.error());
        if (!text->trimmed().isEmpty())
            parts.append(*text);
    }
    return parts.join(QStringLiteral("\n\n"));
}

// The video link. One that is unsafe or unreadable goes to `leftOut`: the session is still
// worth showing without it.
Result<std::optional<QUrl>, MappingError> readVideoLink(const QJsonObject& appointment,
                                                        std::vector<MappingError>& leftOut) {
    const QString path = QStringLiteral("Appointment.extension");
    auto extensions = fhir::optionalArray(appointment, QLatin1String("extension"), kAppointment);
    if (!extensions)
        return fail(extensions.error());
    for (qsizetype i = 0; i < extensions->size(); ++i) {
        const QJsonObject extension = extensions->at(i).toObject();
        if (extension.value(QLatin1String("url")).toString() != fhir::systems::kVideoLinkExtension)
            continue;
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        auto link = fhir::requiredString(extension, QLatin1String("valueUrl"), itemPath);
        if (!link) {
            leftOut.push_back(link.error());
            break;
        }
        if (auto safe = safeWebLink(*link))
            return std::optional<QUrl>(*safe);
        leftOut.push_back(MappingError{MappingErrorKind::UnsafeLink,
                                       itemPath + QStringLiteral(".valueUrl"),
                                       QStringLiteral("not a safe https link")});
        break;
    }
    return std::optional<QUrl>();
}

} // namespace

Result<SessionFromAppointment, MappingError> toSession(const QJsonObject& appointment,
                                                       const QList<QJsonObject>& included,
                                                       const QString& patientId) {
    if (auto type = fhir::expectResourceType(appointment, QLatin1String("Appointment")); !type)
        return fail(type.error());
    auto status = readStatus(appointment);
    if (!status)
        return fail(status.error());

    SessionFromAppointment result;
    Session& session = result.session;
    session.status = *status;
    if (auto identity = readIdentity(appointment, session); !identity)
        return fail(identity.error());
    if (auto times = readTimes(appointment, session); !times)
        return fail(times.error());

    auto participants = readParticipants(appointment, included, patientId);
    if (!participants)
        return fail(participants.error());
    session.answer = participants->answer;
    session.locationId = participants->locationId;
    session.place = participants->place;

    auto serviceType = readServiceType(appointment);
    if (!serviceType)
        return fail(serviceType.error());
    session.kind = serviceType->kind;
    auto title = readTitle(appointment, *serviceType);
    if (!title)
        return fail(title.error());
    session.title = *title;

    auto comment = readComment(appointment, session.status);
    if (!comment)
        return fail(comment.error());
    session.comment = *comment;

    const std::size_t leftOutBefore = result.leftOut.size();
    auto videoLink = readVideoLink(appointment, result.leftOut);
    if (!videoLink)
        return fail(videoLink.error());
    session.videoLink = *videoLink;
    session.videoLinkWithheld = result.leftOut.size() > leftOutBefore;
    return result;
}

} // namespace stepstone::AppointmentMapper
