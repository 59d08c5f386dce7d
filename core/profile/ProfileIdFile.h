#pragma once

#include "common/Result.h"
#include "store/StoreError.h"

#include <QString>
#include <optional>

namespace stepstone {

// The profile's own name, kept in its folder: a random id that is no secret. The keychain
// entries of the profile are named after it, so they follow the folder wherever it is moved,
// renamed or restored to.
//
// While the entries an older Stepstone named after the folder's path are being moved over,
// `legacyEntries` names them, so a crash at any step resumes where it stopped, even from
// another folder.
struct ProfileIdFile {
    static constexpr char kFileName[] = "profile.json";

    QString id;            // 32 lowercase hex digits
    QString legacyEntries; // the suffix of the older entries while a move is unfinished

    // A new profile's: 128 random bits from the OS.
    static ProfileIdFile generate();
    // Nothing when the folder has no such file; an error when it cannot be read or understood.
    static Result<std::optional<ProfileIdFile>, StoreError> read(const QString& dataDir);
    // Replaces the file at once (written beside it, synced, renamed, the folder synced), owner
    // only, so a crash leaves the old file or the new one, never a part.
    Result<void, StoreError> write(const QString& dataDir) const;
};

} // namespace stepstone
