#include "contact/CrisisLines.h"

#include "catalog/LocalizedText.h"
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

Result<CrisisContact, QString> readContact(const QJsonObject& object, const QLocale& locale) {
    CrisisContact contact;
    const QString kind = object.value(QLatin1String("kind")).toString();
    contact.address = object.value(QLatin1String("address")).toString().trimmed();
    contact.message = localizedText(object.value(QLatin1String("message")), locale);
    contact.note = localizedText(object.value(QLatin1String("note")), locale);
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

Result<CrisisLine, QString> readLine(const QJsonObject& object, const QLocale& locale) {
    CrisisLine line;
    line.id = object.value(QLatin1String("id")).toString();
    line.name = localizedText(object.value(QLatin1String("name")), locale);
    line.description = localizedText(object.value(QLatin1String("description")), locale);
    if (line.name.trimmed().isEmpty())
        return fail(QStringLiteral("a line has no English name"));
    const QJsonArray contacts = object.value(QLatin1String("contacts")).toArray();
    if (contacts.isEmpty() || contacts.size() > kMostContacts)
        return fail(QStringLiteral("\"%1\" has no contacts, or too many").arg(line.name));
    for (const auto& each : contacts) {
        auto contact = readContact(each.toObject(), locale);
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

    CrisisLines lines;
    for (const auto& each : list) {
        auto line = readLine(each.toObject(), locale);
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
