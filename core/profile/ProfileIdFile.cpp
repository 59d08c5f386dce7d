#include "profile/ProfileIdFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <fcntl.h>
#include <unistd.h>

namespace stepstone {

namespace {

constexpr qsizetype kIdBytes = 16;
constexpr qint64 kMaxFileBytes = 4096;

bool isHex(const QString& text, qsizetype length) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    return text.size() == length && hex.match(text).hasMatch();
}

StoreError unreadable(const QString& why) {
    return {StoreErrorKind::Corrupt, QStringLiteral("profile id file: ") + why};
}

// The rename is durable only once the folder itself is synced.
bool syncFolder(const QString& path) {
    const int folder = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (folder < 0)
        return false;
    const bool synced = ::fsync(folder) == 0;
    ::close(folder);
    return synced;
}

} // namespace

ProfileIdFile ProfileIdFile::generate() {
    QByteArray bytes(kIdBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          kIdBytes / qsizetype(sizeof(quint32)));
    return {QString::fromLatin1(bytes.toHex()), {}};
}

Result<std::optional<ProfileIdFile>, StoreError> ProfileIdFile::read(const QString& dataDir) {
    QFile file(QDir(dataDir).filePath(QString::fromLatin1(kFileName)));
    if (!file.exists())
        return std::optional<ProfileIdFile>();
    if (!file.open(QIODevice::ReadOnly))
        return fail(StoreError{StoreErrorKind::Io, QStringLiteral("profile id file unreadable")});
    const QJsonObject json = QJsonDocument::fromJson(file.read(kMaxFileBytes)).object();
    ProfileIdFile profile{json.value(QLatin1String("id")).toString(),
                          json.value(QLatin1String("legacyEntries")).toString()};
    if (!isHex(profile.id, 2 * kIdBytes))
        return fail(unreadable(QStringLiteral("no valid id")));
    if (!profile.legacyEntries.isEmpty() && !isHex(profile.legacyEntries, 16))
        return fail(unreadable(QStringLiteral("no valid legacy entry suffix")));
    return std::optional<ProfileIdFile>(std::move(profile));
}

Result<void, StoreError> ProfileIdFile::write(const QString& dataDir) const {
    QJsonObject json{{QLatin1String("id"), id}};
    if (!legacyEntries.isEmpty())
        json.insert(QLatin1String("legacyEntries"), legacyEntries);
    QSaveFile file(QDir(dataDir).filePath(QString::fromLatin1(kFileName)));
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) &&
                         file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) > 0 &&
                         file.commit() && syncFolder(dataDir);
    if (!written)
        return fail(StoreError{StoreErrorKind::Io, QStringLiteral("profile id file not written")});
    return {};
}

} // namespace stepstone
