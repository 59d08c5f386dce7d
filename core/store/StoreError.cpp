#include "store/StoreError.h"

#include <QCoreApplication>

namespace stepstone {

QString StoreError::message() const {
    switch (kind) {
    case StoreErrorKind::WrongKeyOrDamaged:
        return QCoreApplication::translate(
            "StoreError", "Your data could not be unlocked: the key does not match, or the file "
                          "is damaged. The file has been left as it is.");
    case StoreErrorKind::Corrupt:
        return QCoreApplication::translate(
            "StoreError", "Your data file is damaged. It has been left as it is, so nothing more "
                          "is lost.");
    case StoreErrorKind::NotEncrypted:
        return QCoreApplication::translate(
            "StoreError", "This file is not an encrypted Stepstone file, so it was not opened.");
    case StoreErrorKind::SchemaTooNew:
        return QCoreApplication::translate(
            "StoreError", "Your data was saved by a newer version of Stepstone. Update the app to "
                          "open it; the file has been left as it is.");
    case StoreErrorKind::Io:
        return QCoreApplication::translate(
            "StoreError", "Your data could not be read or written. Check that the device has "
                          "free space.");
    case StoreErrorKind::InvalidInput:
        return QCoreApplication::translate("StoreError",
                                           "Some of what you entered could not be saved.");
    case StoreErrorKind::NotFound:
        return QCoreApplication::translate("StoreError", "That entry no longer exists.");
    case StoreErrorKind::Internal:
        break;
    }
    return QCoreApplication::translate("StoreError", "Something went wrong while saving.");
}

} // namespace stepstone
