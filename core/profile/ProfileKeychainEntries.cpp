#include "profile/ProfileKeychainEntries.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace stepstone {

ProfileKeychainEntries ProfileKeychainEntries::namedAfter(const QString& suffix) {
    return {QStringLiteral("database-key-") + suffix, QStringLiteral("clinic-sign-in-") + suffix};
}

QString ProfileKeychainEntries::legacySuffix(const QString& dataDir) {
    const QByteArray folder = QFileInfo(dataDir).absoluteFilePath().toUtf8();
    const QByteArray digest = QCryptographicHash::hash(folder, QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(16));
}

} // namespace stepstone
