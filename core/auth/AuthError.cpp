#include "auth/AccessTokenSource.h"

#include <QCoreApplication>

namespace stepstone {

QString AuthError::message() const {
    switch (kind) {
    case Kind::SignInRequired:
        return QCoreApplication::translate(
            "AuthError", "You are not signed in to your clinic. Sign in again to keep sharing "
                         "with your care team.");
    case Kind::Network:
        return QCoreApplication::translate(
            "AuthError", "Your clinic could not be reached. Check your connection; Stepstone will "
                         "try again later.");
    case Kind::Refused:
        return QCoreApplication::translate(
            "AuthError", "Your clinic did not accept the sign-in. Try again, or ask your clinic "
                         "for help if it keeps happening.");
    case Kind::Protocol:
        break;
    }
    return QCoreApplication::translate(
        "AuthError", "Your clinic's server answered in a way Stepstone does not understand. Ask "
                     "your clinic for help.");
}

} // namespace stepstone
