#pragma once

#include <QString>

namespace stepstone {

enum class MappingErrorKind {
    WrongResource, // another resourceType, not a Stepstone craving, or not this patient's
    MissingField,
    WrongType,
    OutOfRange,     // the right type, but a value the contract does not allow (intensity 11)
    UnknownCode,    // a code the contract does not define (outcome "relapsed")
    UnsafeLink,     // a link the client must never be sent to (not https)
    EnteredInError, // the clinic withdrew the resource: drop any local copy, show nothing
    NotListed,      // valid, but no longer current (a stopped or completed order): show nothing
    InvalidInput,   // local data that has no FHIR form (a tombstone, a null id)
};

// Why a FHIR resource could not be mapped. Technical, for the sync log: `field` is a FHIR path
// and `detail` says what was expected; neither ever quotes a value from the resource, since
// those may be the client's own words.
struct MappingError {
    MappingErrorKind kind = MappingErrorKind::WrongType;
    QString field;
    QString detail;

    static MappingError missing(const QString& field);
    static MappingError wrongType(const QString& field, const QString& expected);
    static MappingError outOfRange(const QString& field, const QString& allowed);
    static MappingError unknownCode(const QString& field);

    // One line for a log: "OutOfRange at Observation.valueInteger: 0 to 10".
    QString describe() const;
};

} // namespace stepstone
