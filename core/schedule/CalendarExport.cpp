#include "schedule/CalendarExport.h"

#include <QUuid>
#include <algorithm>

namespace stepstone {

namespace {

// Chosen once for Stepstone's session UIDs; never change it, or re-imports duplicate.
const QUuid kSessionUidNamespace(QStringLiteral("{8c2f5f0e-63a4-4f7e-9a52-0b6f7d1c4e21}"));
constexpr int kMaxLineOctets = 75;
constexpr int kSecondsAMinute = 60;
constexpr int kMinutesAnHour = 60;

QByteArray escaped(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\', out += c;
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c != u'\r' && (c.unicode() >= 0x20 || c == u'\t'))
            out += c;
    }
    return out.toUtf8();
}

// A content line folded at 75 octets, never inside a UTF-8 sequence.
void appendLine(QByteArray& ics, const QByteArray& line) {
    int start = 0;
    int limit = kMaxLineOctets;
    while (line.size() - start > limit) {
        int end = start + limit;
        while (end > start && (uchar(line[end]) & 0xC0) == 0x80)
            --end;
        ics += line.mid(start, end - start) + "\r\n ";
        start = end;
        limit = kMaxLineOctets - 1; // the leading space counts
    }
    ics += line.mid(start) + "\r\n";
}

QByteArray localStamp(const QDateTime& local) {
    return local.toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
}

QByteArray utcStamp(const QDateTime& instant) {
    return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray offsetText(int seconds) {
    const int minutes = std::abs(seconds) / kSecondsAMinute;
    return QByteArray(seconds < 0 ? "-" : "+") +
           QStringLiteral("%1%2")
               .arg(minutes / kMinutesAnHour, 2, 10, QLatin1Char('0'))
               .arg(minutes % kMinutesAnHour, 2, 10, QLatin1Char('0'))
               .toLatin1();
}

void appendObservance(QByteArray& ics, bool daylight, const QDateTime& onsetLocal, int offsetFrom,
                      int offsetTo, const QString& name) {
    const QByteArray kind = daylight ? "DAYLIGHT" : "STANDARD";
    appendLine(ics, "BEGIN:" + kind);
    appendLine(ics, "DTSTART:" + localStamp(onsetLocal));
    appendLine(ics, "TZOFFSETFROM:" + offsetText(offsetFrom));
    appendLine(ics, "TZOFFSETTO:" + offsetText(offsetTo));
    if (!name.isEmpty())
        appendLine(ics, "TZNAME:" + escaped(name));
    appendLine(ics, "END:" + kind);
}

// The zone's rules from a year before the first session to a year after the last, one
// observance per transition (the form RFC 5545 allows without RRULEs).
void appendTimeZone(QByteArray& ics, const QTimeZone& zone, const QDateTime& first,
                    const QDateTime& last) {
    appendLine(ics, "BEGIN:VTIMEZONE");
    appendLine(ics, "TZID:" + escaped(QString::fromUtf8(zone.id())));
    const QDateTime from = first.addYears(-1);
    const auto transitions = zone.transitions(from, last.addYears(1));
    int previousOffset = zone.offsetFromUtc(from);
    if (transitions.isEmpty()) {
        appendObservance(ics, false, QDateTime(QDate(1970, 1, 1), QTime(0, 0)), previousOffset,
                         previousOffset, zone.abbreviation(from));
    }
    for (const QTimeZone::OffsetData& change : transitions) {
        // The onset as the clock showed it just before: in the offset it leaves.
        appendObservance(ics, change.daylightTimeOffset != 0,
                         change.atUtc.toUTC().addSecs(previousOffset), previousOffset,
                         change.offsetFromUtc, change.abbreviation);
        previousOffset = change.offsetFromUtc;
    }
    appendLine(ics, "END:VTIMEZONE");
}

QByteArray statusOf(Session::Status status) {
    switch (status) {
    case Session::Status::Cancelled:
        return "CANCELLED";
    case Session::Status::Pending:
        return "TENTATIVE";
    default:
        return "CONFIRMED";
    }
}

QByteArray uidOf(const CalendarSession& entry) {
    const QString name = entry.account.fhirBase.toString(QUrl::StripTrailingSlash) + u'|' +
                         entry.account.patientId + u'|' + entry.session.id;
    return QUuid::createUuidV5(kSessionUidNamespace, name)
               .toString(QUuid::WithoutBraces)
               .toLatin1() +
           "@stepstone";
}

// Whether the clock showed the same time earlier: `instant` is in the hour the clocks repeat,
// its second time round, which RFC 5545 would read as the first.
bool isRepeatedClockTime(const QDateTime& instant, const QTimeZone& zone) {
    constexpr qint64 kADay = qint64{24} * 3600;
    const int offset = zone.offsetFromUtc(instant);
    const int earlierOffset = zone.offsetFromUtc(instant.addSecs(-kADay));
    if (earlierOffset <= offset)
        return false;
    const QDateTime firstTime = instant.addSecs(offset - earlierOffset);
    return zone.offsetFromUtc(firstTime) == earlierOffset;
}

// A moment at its clock time in `zone`, or in UTC when that clock time is ambiguous.
void appendMoment(QByteArray& ics, const QByteArray& name, const QDateTime& instant,
                  const QTimeZone& zone) {
    if (isRepeatedClockTime(instant, zone))
        appendLine(ics, name + ":" + utcStamp(instant));
    else
        appendLine(ics, name + ";TZID=" + escaped(QString::fromUtf8(zone.id())) + ":" +
                            localStamp(instant.toTimeZone(zone)));
}

void appendEvent(QByteArray& ics, const CalendarSession& entry, const QTimeZone& zone,
                 const CalendarWords& words, const QDateTime& stampedAt) {
    const Session& session = entry.session;
    appendLine(ics, "BEGIN:VEVENT");
    appendLine(ics, "UID:" + uidOf(entry));
    appendLine(ics, "DTSTAMP:" + utcStamp(stampedAt));
    appendMoment(ics, "DTSTART", session.start, zone);
    const QDateTime end = session.end.isValid() && session.end > session.start
                              ? session.end
                              : session.start.addSecs(qint64{kMinutesAnHour} * kSecondsAMinute);
    appendMoment(ics, "DTEND", end, zone);
    const bool titled = words.detailed && !session.title.trimmed().isEmpty();
    appendLine(ics, "SUMMARY:" + escaped(titled ? session.title : words.discreetSummary));
    if (words.detailed && !session.place.isEmpty())
        appendLine(ics, "LOCATION:" + escaped(session.place));
    if (words.detailed && session.videoLink)
        appendLine(ics, "URL:" + session.videoLink->toString(QUrl::FullyEncoded).toLatin1());
    if (words.detailed && !session.comment.isEmpty())
        appendLine(ics, "DESCRIPTION:" + escaped(session.comment));
    appendLine(ics, "STATUS:" + statusOf(session.status));
    appendLine(ics, "TRANSP:OPAQUE");
    appendLine(ics, "END:VEVENT");
}

} // namespace

QByteArray calendarOf(const std::vector<CalendarSession>& sessions, const QTimeZone& zone,
                      const CalendarWords& words, const QDateTime& stampedAt) {
    QByteArray ics;
    appendLine(ics, "BEGIN:VCALENDAR");
    appendLine(ics, "VERSION:2.0");
    appendLine(ics, "PRODID:-//Stepstone//Sessions//EN");
    appendLine(ics, "CALSCALE:GREGORIAN");
    appendLine(ics, "METHOD:PUBLISH");
    std::vector<const CalendarSession*> dated;
    for (const CalendarSession& entry : sessions)
        if (entry.session.start.isValid())
            dated.push_back(&entry);
    if (!dated.empty()) {
        const auto [first, last] =
            std::minmax_element(dated.begin(), dated.end(), [](const auto* a, const auto* b) {
                return a->session.start < b->session.start;
            });
        appendTimeZone(ics, zone, (*first)->session.start, (*last)->session.start);
    }
    for (const CalendarSession* entry : dated)
        appendEvent(ics, *entry, zone, words, stampedAt);
    appendLine(ics, "END:VCALENDAR");
    return ics;
}

} // namespace stepstone
