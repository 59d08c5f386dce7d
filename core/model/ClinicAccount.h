#pragma once

#include <QString>
#include <QUrl>

namespace stepstone {

// One clinic account of this profile: a patient at a clinic's FHIR server. Everything synced
// (the outbox, the server's versions, cached sessions, sharing choices, the sent log) belongs to
// one account, so nothing meant for one clinic or patient ever reaches another.
struct ClinicAccountId {
    qint64 value = -1;

    bool isValid() const { return value >= 0; }
    friend bool operator==(ClinicAccountId, ClinicAccountId) = default;
};

struct ClinicAccount {
    ClinicAccountId id;
    QUrl fhirBase;
    QString patientId;
    // As the clinic names itself (the patient's managing organization); empty until known.
    QString name;
};

} // namespace stepstone
