#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTime>
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

// A FHIR `date` to the day, "2026-03-01": a day on the client's own calendar, which has no offset
// to keep. Empty for an invalid date or a year outside 1-9999; the reader accepts only that form.
QString toFhirDate(QDate date);
std::optional<QDate> fromFhirDate(QStringView text);

// A FHIR `time` of day, "08:30:00", as a clock on the wall shows it (no zone). The reader also
// takes fractions of a second, which it cuts to milliseconds.
QString toFhirTime(QTime time);
std::optional<QTime> fromFhirTime(QStringView text);

// A FHIR days-of-week code ("mon" … "sun") for an ISO weekday (Qt::Monday 1 … Qt::Sunday 7);
// empty for anything else. The reader takes only those seven codes.
QString toFhirWeekday(int weekday);
std::optional<Qt::DayOfWeek> fromFhirWeekday(QStringView code);

// Whether `candidate` is a later instant than `current`, for keeping the newest of a download.
// An empty `current` is older than anything; an unreadable `candidate` is never later.
bool isLaterInstant(QStringView candidate, QStringView current);

} // namespace stepstone
