#include "model/Meeting.h"

#include "common/SafeWebLink.h"

#include <QRegularExpression>
#include <QUrl>

namespace stepstone {

QString meetingKindCode(MeetingKind kind) {
    switch (kind) {
    case MeetingKind::TwelveStep:
        return QStringLiteral("twelve-step");
    case MeetingKind::SmartRecovery:
        return QStringLiteral("smart-recovery");
    case MeetingKind::Alumni:
        return QStringLiteral("alumni");
    case MeetingKind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<MeetingKind> meetingKindFromCode(const QString& code) {
    for (MeetingKind kind : {MeetingKind::TwelveStep, MeetingKind::SmartRecovery,
                             MeetingKind::Alumni, MeetingKind::Other})
        if (meetingKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

std::optional<MeetingProblem> problemWith(const MeetingDetails& details) {
    if (details.name.trimmed().isEmpty())
        return MeetingProblem::EmptyName;
    if (details.name.size() > MeetingDetails::kMaxNameLength)
        return MeetingProblem::NameTooLong;
    if (details.weekday < Qt::Monday || details.weekday > Qt::Sunday)
        return MeetingProblem::NoSuchWeekday;
    if (!details.timeOfDay.isValid())
        return MeetingProblem::NotATime;
    if (!details.link.isEmpty() && !safeWebLink(details.link)) {
        const QString scheme = QUrl(details.link).scheme();
        return scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
                   ? MeetingProblem::LinkUnusable
                   : MeetingProblem::LinkNotHttps;
    }
    if (details.place.size() > MeetingDetails::kMaxPlaceLength)
        return MeetingProblem::PlaceTooLong;
    if (details.note.size() > MeetingDetails::kMaxNoteLength)
        return MeetingProblem::NoteTooLong;
    return std::nullopt;
}

std::optional<QTime> timeOfDayFromText(const QString& text) {
    static const QRegularExpression clock(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
    const auto match = clock.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

QString timeOfDayText(QTime time) {
    return time.toString(QStringLiteral("HH:mm"));
}

} // namespace stepstone
