#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <map>

namespace stepstone::test {

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

// Every regular file under `dir`, by path, with its bytes.
inline std::map<QString, QByteArray> snapshot(const QString& dir) {
    std::map<QString, QByteArray> files;
    QDir root(dir);
    for (const QFileInfo& info :
         root.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System))
        files[info.fileName()] = readAll(info.absoluteFilePath());
    for (const QFileInfo& sub : root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (auto& [name, bytes] : snapshot(sub.absoluteFilePath()))
            files[sub.fileName() + '/' + name] = std::move(bytes);
    return files;
}

} // namespace stepstone::test
