#pragma once

#include "common/Result.h"

#include <QLocale>
#include <QString>
#include <QUrl>
#include <vector>

namespace stepstone {

struct CrisisContact {
    enum class Kind { Call, Text, Chat };
    Kind kind = Kind::Call;
    // A phone number for a call or a text (as written, e.g. "1-800-662-HELP"); an https address
    // for a chat.
    QString address;
    // For a text: the message to send ("HOME"), empty when any message will do.
    QString message;
    // A short remark beside the contact ("TTY"), often empty.
    QString note;
    // What opens it: tel:, sms: (with the message) or https:.
    QUrl url;
};

struct CrisisLine {
    QString id;
    QString name;
    QString description;
    std::vector<CrisisContact> contacts;
};

// The crisis lines "I need help now" lists after the client's own plan, read from a JSON data
// file (assets/crisis-lines.json is the United States set) in the client's language, English
// where a text has no translation. A clinic elsewhere replaces the file.
class CrisisLines {
public:
    // What a file that cannot be used says is wrong with it, in a sentence.
    static Result<CrisisLines, QString> fromJson(const QByteArray& json, const QLocale& locale);
    static Result<CrisisLines, QString> load(const QString& path, const QLocale& locale);

    const std::vector<CrisisLine>& lines() const { return m_lines; }

private:
    std::vector<CrisisLine> m_lines;
};

// The lines to show: the clinic's own file at `clinicFile` when there is one and it reads well,
// else the built-in set, with `problem` saying why the clinic's file was not used.
struct CrisisLineChoice {
    CrisisLines lines;
    QString problem;
};
CrisisLineChoice chooseCrisisLines(const QString& clinicFile, const CrisisLines& builtIn,
                                   const QLocale& locale);

} // namespace stepstone
