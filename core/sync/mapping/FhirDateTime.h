#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <optional>

namespace stepstone {

// A FHIR `instant` (or a `dateTime` given to the second): "2026-03-01T18:30:00.250+02:00".
// Always written with milliseconds and the time's own UTC offset ("Z" for UTC), so the clinic
// sees the local hour the client lived it. Empty for an invalid time, a year outside 1-9999,
// or an offset that is not whole minutes.
QString toFhirInstant(const QDateTime& time);

// Accepts exactly the FHIR full date-time form with a timezone; partial dates ("2026-03"),
// a missing timezone and leap second 60 are refused. Digits past milliseconds are cut off. The
// result keeps the written offset (Qt::UTC for "Z", Qt::OffsetFromUTC otherwise).
std::optional<QDateTime> fromFhirInstant(QStringView text);

// Whether `candidate` is a later instant than `current`, for keeping the newest of a download.
// An empty `current` is older than anything; an unreadable `candidate` is never later.
bool isLaterInstant(QStringView candidate, QStringView current);

} // namespace stepstone
