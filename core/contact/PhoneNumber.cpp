#include "contact/PhoneNumber.h"

#include <QRegularExpression>
#include <QUrlQuery>
#include <cstring>

namespace stepstone {

namespace {

// E.164 allows at most 15 digits; 3 is the shortest number that dials (988, 911).
constexpr int kFewestDigits = 3;
constexpr int kMostDigits = 15;
// Vanity letters come after an area or exchange code ("1-800-GOT-HELP"), never first.
constexpr int kDigitsBeforeLetters = 3;

bool isSeparator(QChar c) {
    return c == u' ' || c == u'-' || c == u'.' || c == u'/' || c == u'(' || c == u')' ||
           c == QChar(0x00a0);
}

// The keypad digit a letter is printed on (ITU E.161).
QChar keypadDigit(QChar letter) {
    static const char* const kKeys[] = {"ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"};
    const char upper = letter.toUpper().toLatin1();
    for (int key = 0; key < 8; ++key)
        if (std::strchr(kKeys[key], upper))
            return QChar(u'2' + key);
    return {};
}

bool isLatinLetter(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// "555-1234 ext. 12" → {"555-1234", "12"}; no extension → {written, ""}.
std::pair<QString, QString> splitExtension(const QString& written) {
    static const QRegularExpression kExtension(
        QStringLiteral("^(.*?)[\\s,;]*(?:ext\\.?|extension|x|#)\\s*(\\d{1,6})$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = kExtension.match(written);
    if (!match.hasMatch())
        return {written, {}};
    return {match.captured(1), match.captured(2)};
}

} // namespace

std::optional<PhoneNumber> PhoneNumber::parse(const QString& written) {
    const auto [number, extension] = splitExtension(written.trimmed());
    PhoneNumber phone;
    phone.m_extension = extension;
    int digitCount = 0;
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        if (c.isDigit()) {
            phone.m_digits += QChar(u'0' + c.digitValue());
            ++digitCount;
        } else if (c == u'+' && phone.m_digits.isEmpty()) {
            phone.m_digits += c;
        } else if (isLatinLetter(c) && digitCount >= kDigitsBeforeLetters) {
            phone.m_digits += keypadDigit(c);
            ++digitCount;
        } else if (!isSeparator(c)) {
            return std::nullopt;
        }
    }
    if (digitCount < kFewestDigits || digitCount > kMostDigits)
        return std::nullopt;
    return phone;
}

QUrl PhoneNumber::callUrl() const {
    QString url = QStringLiteral("tel:") + m_digits;
    if (!m_extension.isEmpty())
        url += QStringLiteral(";ext=") + m_extension;
    return QUrl(url);
}

QUrl PhoneNumber::textUrl(const QString& body) const {
    QUrl url(QStringLiteral("sms:") + m_digits);
    if (!body.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("body"), body);
        url.setQuery(query);
    }
    return url;
}

} // namespace stepstone
