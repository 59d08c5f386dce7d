#include "sync/mapping/FhirDateTime.h"

#include <QLatin1String>
#include <algorithm>
#include <array>
#include <cstdlib>

namespace stepstone {

namespace {

constexpr int kMaxOffsetSeconds = 14 * 3600; // FHIR allows -14:00 to +14:00
constexpr qsizetype kMaxInstantLength = 64;  // room for nanoseconds and more; refuses junk early

// Monday first, as ISO and Qt::DayOfWeek count.
constexpr std::array<QLatin1String, 7> kWeekdayCodes{
    QLatin1String("mon"), QLatin1String("tue"), QLatin1String("wed"), QLatin1String("thu"),
    QLatin1String("fri"), QLatin1String("sat"), QLatin1String("sun")};

// Reads `count` ASCII digits at `pos`; -1 when any is not a digit or the text is too short.
int digits(QStringView text, qsizetype pos, qsizetype count) {
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool charAt(QStringView text, qsizetype pos, char16_t expected) {
    return pos < text.size() && text[pos].unicode() == expected;
}

} // namespace

QString toFhirInstant(const QDateTime& time) {
    if (!time.isValid())
        return {};
    const int offset = time.timeSpec() == Qt::UTC ? 0 : time.offsetFromUtc();
    if (offset % 60 != 0 || std::abs(offset) > kMaxOffsetSeconds)
        return {};
    const QDateTime local = time.toOffsetFromUtc(offset);
    const int year = local.date().year();
    if (year < 1 || year > 9999)
        return {};
    QString text = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    if (time.timeSpec() == Qt::UTC) {
        text += QLatin1Char('Z');
    } else {
        const int minutes = std::abs(offset) / 60;
        text += QStringLiteral("%1%2:%3")
                    .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                    .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                    .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return text;
}

std::optional<QDateTime> fromFhirInstant(QStringView text) {
    if (text.size() > kMaxInstantLength)
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 1 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 ||
        !charAt(text, 4, u'-') || !charAt(text, 7, u'-') || !charAt(text, 10, u'T') ||
        !charAt(text, 13, u':') || !charAt(text, 16, u':'))
        return std::nullopt;

    qsizetype pos = 19;
    int millis = 0;
    if (charAt(text, pos, u'.')) {
        ++pos;
        const qsizetype first = pos;
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128)
            ++pos;
        if (pos == first)
            return std::nullopt;
        for (qsizetype i = first; i < first + 3; ++i)
            millis = millis * 10 + (i < pos ? text[i].unicode() - u'0' : 0);
    }

    const QDate date(year, month, day);
    const QTime clock(hour, minute, second, millis);
    if (!date.isValid() || !clock.isValid())
        return std::nullopt;

    if (charAt(text, pos, u'Z') && pos + 1 == text.size())
        return QDateTime(date, clock, Qt::UTC);
    const bool plus = charAt(text, pos, u'+');
    if (!plus && !charAt(text, pos, u'-'))
        return std::nullopt;
    const int offsetHours = digits(text, pos + 1, 2);
    const int offsetMinutes = digits(text, pos + 4, 2);
    if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59 ||
        !charAt(text, pos + 3, u':') || pos + 6 != text.size())
        return std::nullopt;
    const int offset = (offsetHours * 60 + offsetMinutes) * 60 * (plus ? 1 : -1);
    if (std::abs(offset) > kMaxOffsetSeconds)
        return std::nullopt;
    return QDateTime(date, clock, Qt::OffsetFromUTC, offset);
}

QString toFhirDate(QDate date) {
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return {};
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

std::optional<QDate> fromFhirDate(QStringView text) {
    if (text.size() != 10 || !charAt(text, 4, u'-') || !charAt(text, 7, u'-'))
        return std::nullopt;
    const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
    if (!date.isValid() || date.year() < 1)
        return std::nullopt;
    return date;
}

QString toFhirTime(QTime time) {
    return time.isValid() ? time.toString(QStringLiteral("HH:mm:ss")) : QString();
}

std::optional<QTime> fromFhirTime(QStringView text) {
    constexpr qsizetype kMaxTimeLength = 32;
    if (text.size() < 8 || text.size() > kMaxTimeLength || !charAt(text, 2, u':') ||
        !charAt(text, 5, u':'))
        return std::nullopt;
    int millis = 0;
    if (text.size() > 8) {
        if (!charAt(text, 8, u'.') || text.size() == 9)
            return std::nullopt;
        for (qsizetype i = 9; i < text.size(); ++i) {
            const int digit = digits(text, i, 1);
            if (digit < 0)
                return std::nullopt;
            if (i < 12)
                millis = millis * 10 + digit;
        }
        for (qsizetype i = text.size(); i < 12; ++i)
            millis *= 10;
    }
    const QTime time(digits(text, 0, 2), digits(text, 3, 2), digits(text, 6, 2), millis);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

QString toFhirWeekday(int weekday) {
    if (weekday < Qt::Monday || weekday > Qt::Sunday)
        return {};
    return kWeekdayCodes[std::size_t(weekday) - 1];
}

std::optional<Qt::DayOfWeek> fromFhirWeekday(QStringView code) {
    const auto found = std::find(kWeekdayCodes.begin(), kWeekdayCodes.end(), code);
    if (found == kWeekdayCodes.end())
        return std::nullopt;
    return Qt::DayOfWeek(found - kWeekdayCodes.begin() + 1);
}

bool isLaterInstant(QStringView candidate, QStringView current) {
    const auto later = fromFhirInstant(candidate);
    if (current.isEmpty())
        return later.has_value();
    const auto earlier = fromFhirInstant(current);
    return later && earlier && *later > *earlier;
}

} // namespace stepstone
