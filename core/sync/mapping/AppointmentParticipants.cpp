#include "sync/mapping/AppointmentParticipants.h"

#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <QStringList>

namespace stepstone::AppointmentMapper {

namespace {

struct Participant {
    std::optional<fhir::ReferenceTarget> actor;
    QString actorDisplay;
    QString status;
};

Result<Participant, MappingError> readParticipant(const QJsonObject& participant,
                                                  const QString& path) {
    auto actor = fhir::optionalObject(participant, QLatin1String("actor"), path);
    if (!actor)
        return fail(actor.error());
    const QString actorPath = path + QStringLiteral(".actor");
    auto reference = fhir::optionalString(*actor, QLatin1String("reference"), actorPath);
    if (!reference)
        return fail(reference.error());
    auto display = fhir::optionalString(*actor, QLatin1String("display"), actorPath);
    if (!display)
        return fail(display.error());
    auto status = fhir::optionalString(participant, QLatin1String("status"), path);
    if (!status)
        return fail(status.error());
    return Participant{fhir::referenceTarget(*reference), *display, *status};
}

Session::Answer answerFrom(const QString& status) {
    if (status == QLatin1String("accepted"))
        return Session::Answer::Attending;
    if (status == QLatin1String("declined"))
        return Session::Answer::NotAttending;
    return Session::Answer::None; // needs-action, tentative
}

// "Group Room B, 1200 River Road, Springfield". Read leniently: a Location only decorates the
// place, so a malformed part is left out rather than hiding the session.
QString placeOf(const QJsonObject& location) {
    QStringList parts;
    const QString name = location.value(QLatin1String("name")).toString().trimmed();
    if (!name.isEmpty())
        parts.append(name);
    const QJsonObject address = location.value(QLatin1String("address")).toObject();
    const QJsonArray lines = address.value(QLatin1String("line")).toArray();
    for (const auto& line : lines)
        if (const QString text = line.toString().trimmed(); !text.isEmpty())
            parts.append(text);
    const QString city = address.value(QLatin1String("city")).toString().trimmed();
    if (!city.isEmpty())
        parts.append(city);
    return parts.join(QStringLiteral(", "));
}

QString placeFor(const fhir::ReferenceTarget& location, const QString& display,
                 const QList<QJsonObject>& included) {
    for (const QJsonObject& resource : included)
        if (resource.value(QLatin1String("resourceType")).toString() == location.type &&
            resource.value(QLatin1String("id")).toString() == location.id)
            if (QString place = placeOf(resource); !place.isEmpty())
                return place;
    return display.trimmed();
}

} // namespace

Result<AppointmentParticipants, MappingError> readParticipants(const QJsonObject& appointment,
                                                               const QList<QJsonObject>& included,
                                                               const QString& patientId) {
    const QString path = QStringLiteral("Appointment.participant");
    auto list = fhir::optionalArray(appointment, QLatin1String("participant"),
                                    QStringLiteral("Appointment"));
    if (!list)
        return fail(list.error());
    AppointmentParticipants result;
    bool clientFound = false;
    for (qsizetype i = 0; i < list->size(); ++i) {
        auto object = fhir::objectAt(*list, i, path);
        if (!object)
            return fail(object.error());
        auto participant = readParticipant(*object, path + QStringLiteral("[%1]").arg(i));
        if (!participant)
            return fail(participant.error());
        const auto& actor = participant->actor;
        if (!actor)
            continue;
        if (!clientFound && actor->type == QLatin1String("Patient") && actor->id == patientId) {
            clientFound = true;
            result.answer = answerFrom(participant->status);
        } else if (result.locationId.isEmpty() && actor->type == QLatin1String("Location")) {
            result.locationId = actor->type + QLatin1Char('/') + actor->id;
            result.place = placeFor(*actor, participant->actorDisplay, included);
        }
    }
    if (!clientFound)
        return fail(MappingError{MappingErrorKind::WrongResource, path,
                                 QStringLiteral("this client does not take part")});
    return result;
}

} // namespace stepstone::AppointmentMapper
