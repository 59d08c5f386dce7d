#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace stepstone::test {

// Writes one FHIR resource of a sample tool as `name` in `dir`; whether it was written.
inline bool writeSample(const QDir& dir, const QString& name, const QJsonObject& resource) {
    QFile file(dir.filePath(name));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(QJsonDocument(resource).toJson()) > 0;
}

} // namespace stepstone::test
