#include "MeetingLabels.h"

#include "ClockText.h"
#include "SessionLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepstone::meetingLabels {

QString kind(MeetingKind kind) {
    switch (kind) {
    case MeetingKind::TwelveStep:
        return QCoreApplication::translate("MeetingLabels", "12-step meeting");
    case MeetingKind::SmartRecovery:
        return QCoreApplication::translate("MeetingLabels", "SMART Recovery");
    case MeetingKind::Alumni:
        return QCoreApplication::translate("MeetingLabels", "Alumni group");
    case MeetingKind::Other:
        break;
    }
    return QCoreApplication::translate("MeetingLabels", "Other meeting");
}

QStringList kinds() {
    return {kind(MeetingKind::TwelveStep), kind(MeetingKind::SmartRecovery),
            kind(MeetingKind::Alumni), kind(MeetingKind::Other)};
}

QString weekday(int isoWeekday) {
    return QLocale().standaloneDayName(isoWeekday, QLocale::LongFormat);
}

QStringList weekdays() {
    QStringList names;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        names << weekday(day);
    return names;
}

QString weekly(const MeetingDetails& meeting) {
    return QCoreApplication::translate("MeetingLabels", "Every %1 at %2")
        .arg(weekday(meeting.weekday), clockText(meeting.timeOfDay));
}

QString when(const QDateTime& start, const QDateTime& now) {
    return QCoreApplication::translate("MeetingLabels", "%1 at %2")
        .arg(sessionLabels::day(start, now), clockText(start.toLocalTime().time()));
}

QString problem(MeetingProblem problem) {
    switch (problem) {
    case MeetingProblem::EmptyName:
        return QCoreApplication::translate("MeetingLabels",
                                           "Give the meeting a name, so you can find it again.");
    case MeetingProblem::NameTooLong: {
        const int most = MeetingDetails::kMaxNameLength;
        return QCoreApplication::translate(
            "MeetingLabels", "The name is too long: at most %n characters.", nullptr, most);
    }
    case MeetingProblem::NoSuchWeekday:
        return QCoreApplication::translate("MeetingLabels",
                                           "Choose the day of the week the meeting is on.");
    case MeetingProblem::NotATime:
        return QCoreApplication::translate(
            "MeetingLabels",
            "The time is not one a clock shows. Write hours and minutes, like 19:30.");
    case MeetingProblem::LinkNotHttps:
        return QCoreApplication::translate(
            "MeetingLabels",
            "Only secure links that start with https:// can be opened. Check the link, "
            "or leave it out.");
    case MeetingProblem::LinkUnusable:
        return QCoreApplication::translate(
            "MeetingLabels",
            "This link cannot be opened safely. Copy the meeting's https:// address "
            "again, or leave it out.");
    case MeetingProblem::PlaceTooLong: {
        const int most = MeetingDetails::kMaxPlaceLength;
        return QCoreApplication::translate(
            "MeetingLabels", "The place is too long: at most %n characters.", nullptr, most);
    }
    case MeetingProblem::NoteTooLong: {
        const int most = MeetingDetails::kMaxNoteLength;
        return QCoreApplication::translate(
            "MeetingLabels", "The note is too long: at most %n characters.", nullptr, most);
    }
    }
    return {};
}

} // namespace stepstone::meetingLabels
