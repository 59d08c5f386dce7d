#include "contact/CrisisLines.h"

#include "contact/PhoneNumber.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stepstone {

namespace {

// Far more than any region has; a file past it is not a crisis-line list.
constexpr qsizetype kMostLines = 50;
constexpr qsizetype kMostContacts = 10;
constexpr qint64 kLargestFile = qint64{256} * 1024;

QString localized(const QJsonValue& texts, const QString& language) {
    const QJsonObject byLanguage = texts.toObject();
    const QJsonValue own = byLanguage.value(language);
    return own.isString() ? own.toString() : byLanguage.value(QLatin1String("en")).toString();
}

Result<CrisisContact, QString> readContact(const QJsonObject& object, const QString& language) {
    CrisisContact contact;
    const QString kind = object.value(QLatin1String("kind")).toString();
    contact.address = object.value(QLatin1String("address")).toString().trimmed();
    contact.message = localized(object.value(QLatin1String("message")), language);
    contact.note = localized(object.value(QLatin1String("note")), language);
    if (kind == QLatin1String("chat")) {
        contact.kind = CrisisContact::Kind::Chat;
        contact.url = QUrl(contact.address, QUrl::StrictMode);
        if (contact.url.scheme() != QLatin1String("https") || contact.url.host().isEmpty())
            return fail(QStringLiteral("the chat address \"%1\" is not an https address")
                            .arg(contact.address));
        return contact;
    }
    if (kind != QLatin1String("call") && kind != QLatin1String("text"))
        return fail(QStringLiteral("a contact's kind is \"%1\", not call, text or chat").arg(kind));
    const auto phone = PhoneNumber::parse(contact.address);
    if (!phone)
        return fail(QStringLiteral("\"%1\" is not a phone number").arg(contact.address));
    contact.kind =
        kind == QLatin1String("call") ? CrisisContact::Kind::Call : CrisisContact::Kind::Text;
    contact.url = contact.kind == CrisisContact::Kind::Call ? phone->callUrl()
                                                            : phone->textUrl(contact.message);
    return contact;
}

Result<CrisisLine, QString> readLine(const QJsonObject& object, const QString& language) {
    CrisisLine line;
    line.id = object.value(QLatin1String("id")).toString();
    line.name = localized(object.value(QLatin1String("name")), language);
    line.description = localized(object.value(QLatin1String("description")), language);
    if (line.name.trimmed().isEmpty())
        return fail(QStringLiteral("a line has no English name"));
    const QJsonArray contacts = object.value(QLatin1String("contacts")).toArray();
    if (contacts.isEmpty() || contacts.size() > kMostContacts)
        return fail(QStringLiteral("\"%1\" has no contacts, or too many").arg(line.name));
    for (const auto& each : contacts) {
        auto contact = readContact(each.toObject(), language);
        if (!contact)
            return fail(QStringLiteral("%1: %2").arg(line.name, contact.error()));
        line.contacts.push_back(std::move(*contact));
    }
    return line;
}

} // namespace

Result<CrisisLines, QString> CrisisLines::fromJson(const QByteArray& json, const QLocale& locale) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON (%1 at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonArray list = doc.object().value(QLatin1String("lines")).toArray();
    if (list.isEmpty())
        return fail(QStringLiteral("no \"lines\" list"));
    if (list.size() > kMostLines)
        return fail(QStringLiteral("more than %1 lines").arg(kMostLines));

    const QString language = QLocale::languageToCode(locale.language());
    CrisisLines lines;
    for (const auto& each : list) {
        auto line = readLine(each.toObject(), language);
        if (!line)
            return fail(line.error());
        lines.m_lines.push_back(std::move(*line));
    }
    return lines;
}

Result<CrisisLines, QString> CrisisLines::load(const QString& path, const QLocale& locale) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > kLargestFile)
        return fail(QStringLiteral("larger than %1 KB").arg(kLargestFile / 1024));
    return fromJson(file.readAll(), locale);
}

CrisisLineChoice chooseCrisisLines(const QString& clinicFile, const CrisisLines& builtIn,
                                   const QLocale& locale) {
    if (clinicFile.isEmpty() || !QFile::exists(clinicFile))
        return {builtIn, {}};
    auto clinic = CrisisLines::load(clinicFile, locale);
    if (!clinic)
        return {builtIn, clinic.error()};
    return {std::move(*clinic), {}};
}

} // namespace stepstone
