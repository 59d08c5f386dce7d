#pragma once

#include <QString>

namespace stepstone {

enum class StoreErrorKind {
    WrongKeyOrDamaged, // SQLCipher cannot tell a wrong key from a damaged first page
    Corrupt,
    NotEncrypted, // a plain SQLite file, or a build without SQLCipher
    SchemaTooNew,
    Io,
    InvalidInput,
    NotFound,
    Internal,
};

struct StoreError {
    StoreErrorKind kind = StoreErrorKind::Internal;
    // Technical detail for developers; never contains user content.
    QString detail;

    // A sentence a client can read.
    QString message() const;
};

} // namespace stepstone
