#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace stepstone {

// A phone number as a person wrote it in their plan, or as a crisis-line file gives it, and the
// number a phone can dial from it. Written forms that dial: digits in any script with spaces,
// dashes, dots, slashes and brackets ("(555) 123-4567", "+1 555 123 4567"), a leading '+', US
// vanity letters after the first digits ("1-800-662-HELP" dials 18006624357), and an
// extension at the end ("555-1234 ext. 12", "x12"). Anything else ("call mom", "555-12ab-34",
// an emoji) does not dial: the text is kept as written and the app offers no call for it.
class PhoneNumber {
public:
    static std::optional<PhoneNumber> parse(const QString& written);

    // "+15551234567", "988", "18006624357": what a dialler takes.
    QString digits() const { return m_digits; }
    QString extension() const { return m_extension; }

    // tel:+15551234567;ext=12 (RFC 3966).
    QUrl callUrl() const;
    // sms:741741?body=HOME (RFC 5724); no body when `body` is empty.
    QUrl textUrl(const QString& body = {}) const;

private:
    QString m_digits;
    QString m_extension;
};

} // namespace stepstone
