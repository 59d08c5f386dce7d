#include "sync/mapping/AppointmentResponseBuilder.h"

#include "sync/mapping/FhirJson.h"

namespace stepstone::AppointmentResponseBuilder {

namespace {

MappingError invalid(const QString& field, const QString& why) {
    return {MappingErrorKind::InvalidInput, field, why};
}

} // namespace

Result<QJsonObject, MappingError> build(const SessionAnswer& answer) {
    if (answer.responseId.isNull())
        return fail(invalid(QStringLiteral("AppointmentResponse.id"), QStringLiteral("null UUID")));
    if (!fhir::isFhirId(answer.appointmentId))
        return fail(invalid(QStringLiteral("AppointmentResponse.appointment"),
                            QStringLiteral("not a FHIR id")));
    if (!fhir::isFhirId(answer.patientId))
        return fail(
            invalid(QStringLiteral("AppointmentResponse.actor"), QStringLiteral("not a FHIR id")));
    QString status;
    switch (answer.answer) {
    case Session::Answer::Attending:
        status = QStringLiteral("accepted");
        break;
    case Session::Answer::NotAttending:
        status = QStringLiteral("declined");
        break;
    case Session::Answer::None:
        return fail(invalid(QStringLiteral("AppointmentResponse.participantStatus"),
                            QStringLiteral("no answer to send")));
    }

    QJsonObject response{
        {QStringLiteral("resourceType"), QStringLiteral("AppointmentResponse")},
        {QStringLiteral("id"), answer.responseId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("appointment"),
         fhir::reference(QStringLiteral("Appointment"), answer.appointmentId)},
        {QStringLiteral("actor"), fhir::reference(QStringLiteral("Patient"), answer.patientId)},
        {QStringLiteral("participantStatus"), status},
    };
    if (const QString comment = fhir::fhirStringFrom(answer.comment); !comment.trimmed().isEmpty())
        response.insert(QLatin1String("comment"), comment);
    return response;
}

} // namespace stepstone::AppointmentResponseBuilder
