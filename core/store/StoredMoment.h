#pragma once

#include <QDateTime>
#include <QUuid>

namespace stepstone {

// A moment the client lived, kept as UTC milliseconds beside the UTC offset it was lived at
// (common/LocalTime): the offset to write, and the moment read back from the two columns.

// The moment's offset when FHIR can say it; 0 (UTC) for anything else, such as a local-mean-time
// offset of a distant past date. The instant is exact either way.
int offsetToKeep(const QDateTime& moment);

// Offset 0 reads as UTC, as rows from before offsets were kept do.
QDateTime storedMoment(qint64 utcMs, int offsetSeconds);

// The instant's column: UTC milliseconds.
inline qint64 millis(const QDateTime& moment) {
    return moment.toMSecsSinceEpoch();
}

// How a record's UUID is kept: without braces.
inline QString idText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

} // namespace stepstone
