#include "sync/mapping/MappingError.h"

namespace stepstone {

namespace {

QLatin1String nameOf(MappingErrorKind kind) {
    switch (kind) {
    case MappingErrorKind::WrongResource:
        return QLatin1String("WrongResource");
    case MappingErrorKind::MissingField:
        return QLatin1String("MissingField");
    case MappingErrorKind::WrongType:
        return QLatin1String("WrongType");
    case MappingErrorKind::OutOfRange:
        return QLatin1String("OutOfRange");
    case MappingErrorKind::UnknownCode:
        return QLatin1String("UnknownCode");
    case MappingErrorKind::UnsafeLink:
        return QLatin1String("UnsafeLink");
    case MappingErrorKind::EnteredInError:
        return QLatin1String("EnteredInError");
    case MappingErrorKind::NotListed:
        return QLatin1String("NotListed");
    case MappingErrorKind::InvalidInput:
        return QLatin1String("InvalidInput");
    }
    return QLatin1String("Unknown");
}

} // namespace

MappingError MappingError::missing(const QString& field) {
    return {MappingErrorKind::MissingField, field, QStringLiteral("required")};
}

MappingError MappingError::wrongType(const QString& field, const QString& expected) {
    return {MappingErrorKind::WrongType, field, QStringLiteral("expected ") + expected};
}

MappingError MappingError::outOfRange(const QString& field, const QString& allowed) {
    return {MappingErrorKind::OutOfRange, field, allowed};
}

MappingError MappingError::unknownCode(const QString& field) {
    return {MappingErrorKind::UnknownCode, field, QStringLiteral("code not in the contract")};
}

QString MappingError::describe() const {
    return QStringLiteral("%1 at %2: %3").arg(nameOf(kind), field, detail);
}

} // namespace stepstone
