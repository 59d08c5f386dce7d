#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace stepstone {

// A medicine the clinic lists for the client (its MedicationRequest), shown read-only. The words
// are the clinic's, shown as plain text.
struct ClinicMedication {
    enum class Status { Active, OnHold };

    QString id;        // the MedicationRequest's id at the clinic
    QString versionId; // meta.versionId, empty when the server sent none
    Status status = Status::Active;
    QString name;
    QString rxNormCode;
    QString dosageText; // the clinic's instructions ("one film under the tongue once a day")
    QString prescriber; // the requester's display
    // The day the clinic wrote the order, on the clinic's calendar; unknown when the clinic gave
    // only a year or a month.
    std::optional<QDate> authoredOn;

    bool operator==(const ClinicMedication&) const = default;
};

} // namespace stepstone
