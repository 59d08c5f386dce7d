#include "profile/IntegritySchedule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace stepstone {

IntegritySchedule::IntegritySchedule(QString dataDir, const Clock& clock)
    : m_dataDir(std::move(dataDir))
    , m_clock(&clock) {}

bool IntegritySchedule::isDue(const QString& databasePath) const {
    // SQLite removes the log when the last connection closes the file.
    if (QFileInfo::exists(databasePath + QStringLiteral("-wal")))
        return true;
    QFile noted(QDir(m_dataDir).filePath(QString::fromLatin1(kFileName)));
    if (!noted.open(QIODevice::ReadOnly))
        return true;
    const QDateTime last =
        QDateTime::fromString(QString::fromLatin1(noted.read(64)).trimmed(), Qt::ISODateWithMs);
    const qint64 since = last.isValid() ? last.secsTo(m_clock->now()) : -1;
    // A clock set back makes the last check look newer than now: check rather than trust it.
    return since < 0 || since >= kIntervalSecs;
}

void IntegritySchedule::notePassed() const {
    QSaveFile noted(QDir(m_dataDir).filePath(QString::fromLatin1(kFileName)));
    // Only a hint: when it cannot be written, the next start checks again.
    if (noted.open(QIODevice::WriteOnly) &&
        noted.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        noted.write(m_clock->now().toString(Qt::ISODateWithMs).toLatin1());
    (void)noted.commit();
}

} // namespace stepstone
