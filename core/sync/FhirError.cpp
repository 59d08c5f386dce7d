#include "sync/FhirError.h"

#include <QCoreApplication>

namespace stepstone {

bool FhirError::isTransient() const {
    return kind == Kind::Offline || kind == Kind::Timeout || kind == Kind::Server ||
           kind == Kind::RateLimited;
}

QString FhirError::message() const {
    switch (kind) {
    case Kind::Offline:
        return QCoreApplication::translate("FhirError",
                                           "Can't reach your clinic. Stepstone will try again.");
    case Kind::Timeout:
        return QCoreApplication::translate(
            "FhirError", "Your clinic is taking too long to answer. Stepstone will try again.");
    case Kind::Server:
    case Kind::RateLimited:
        return QCoreApplication::translate(
            "FhirError", "Your clinic's server is busy or having trouble. Stepstone will try "
                         "again.");
    case Kind::Conflict:
        return QCoreApplication::translate(
            "FhirError", "This was also changed at your clinic. Nothing you wrote is lost.");
    case Kind::Gone:
        return QCoreApplication::translate("FhirError",
                                           "This is no longer on your clinic's server.");
    case Kind::Rejected:
        return QCoreApplication::translate(
            "FhirError", "Your clinic's server did not accept an update. It stays on this device.");
    case Kind::SignInNeeded:
        return QCoreApplication::translate(
            "FhirError", "Sign in to your clinic again to keep sharing. Nothing is lost.");
    case Kind::Malformed:
    case Kind::TooLarge:
        return QCoreApplication::translate(
            "FhirError", "Your clinic sent something Stepstone could not read. The rest of your "
                         "data is fine.");
    case Kind::Insecure:
        return QCoreApplication::translate(
            "FhirError", "This clinic address is not secure (it must start with https).");
    case Kind::NoCareTeam:
        return QCoreApplication::translate(
            "FhirError", "Your clinic has not set up a care team for you yet, so your sharing "
                         "choice could not be sent. It is kept on this device and will be sent "
                         "later.");
    case Kind::NotPermitted:
        return QCoreApplication::translate(
            "FhirError", "Your clinic's sign-in does not allow Stepstone to do all it needs. "
                         "What could not be sent stays on this device. Sign in again, or ask your "
                         "clinic.");
    }
    return {};
}

} // namespace stepstone
