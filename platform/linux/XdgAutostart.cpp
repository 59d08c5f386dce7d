#include "linux/XdgAutostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace stepstone::platform {

namespace {

// The Exec key's quoting (Desktop Entry Specification, "The Exec key"): each argument in double
// quotes, with `"`, `` ` ``, `$` and `\` escaped, and `%` doubled.
QString quoted(const QString& argument) {
    QString out = QStringLiteral("\"");
    for (const QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            out += u'\\';
        if (c == u'%')
            out += u'%';
        out += c;
    }
    out += u'"';
    // A backslash in a string value is itself escaped once more.
    return out.replace(u'\\', QStringLiteral("\\\\"));
}

} // namespace

XdgAutostart::XdgAutostart(QStringList command)
    : m_command(std::move(command)) {}

QString XdgAutostart::entryPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/stepstone.desktop");
}

bool XdgAutostart::isOn() const {
    return QFile::exists(entryPath());
}

QString XdgAutostart::setOn(bool on) {
    const QString path = entryPath();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path))
            return QCoreApplication::translate("XdgAutostart",
                                               "The start-at-login entry could not be removed.");
        return {};
    }
    QStringList exec;
    for (const QString& argument : m_command)
        exec << quoted(argument);
    // No word of what the app is for: the entry is readable by anything the client runs.
    const QString entry = QStringLiteral("[Desktop Entry]\nType=Application\nName=Stepstone\n"
                                         "Exec=%1\nTerminal=false\nNoDisplay=true\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(exec.join(u' '));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit())
        return QCoreApplication::translate("XdgAutostart",
                                           "The start-at-login entry could not be written.");
    return {};
}

} // namespace stepstone::platform
