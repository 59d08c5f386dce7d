#pragma once

#include "common/Result.h"
#include "model/Session.h"
#include "sync/mapping/MappingError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace stepstone::AppointmentMapper {

// What Appointment.participant says about the client and the place (see AppointmentMapper.h).
struct AppointmentParticipants {
    Session::Answer answer = Session::Answer::None;
    QString locationId; // "Location/<id>", empty when no Location takes part
    QString place;
};

Result<AppointmentParticipants, MappingError> readParticipants(const QJsonObject& appointment,
                                                               const QList<QJsonObject>& included,
                                                               const QString& patientId);

} // namespace stepstone::AppointmentMapper
