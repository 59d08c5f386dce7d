#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>
#include <QUuid>
#include <optional>

namespace stepstone {

enum class MeetingKind { TwelveStep, SmartRecovery, Alumni, Other };

// How the database names a kind ("twelve-step", "smart-recovery", "alumni", "other").
QString meetingKindCode(MeetingKind kind);
std::optional<MeetingKind> meetingKindFromCode(const QString& code);

// A peer-support meeting the client goes to every week, on their own calendar: the weekday and
// the hour on the clock wherever they are, daylight saving or not.
struct MeetingDetails {
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxPlaceLength = 500;
    static constexpr int kMaxNoteLength = 1000;

    QString name;
    MeetingKind kind = MeetingKind::TwelveStep;
    int weekday = Qt::Monday; // ISO: Monday 1 … Sunday 7
    QTime timeOfDay;          // hours and minutes
    QString place;
    QString link; // an https address, or empty
    QString note;

    bool operator==(const MeetingDetails&) const = default;
};

// Why a meeting cannot be kept as written; the app says each in words.
enum class MeetingProblem {
    EmptyName,
    NameTooLong,
    NoSuchWeekday,
    NotATime,
    LinkNotHttps, // http:, ftp:, no scheme at all: only https links are opened
    LinkUnusable, // https, but not an address a browser can be trusted with
    PlaceTooLong,
    NoteTooLong,
};

// The first thing wrong with `details`, or nullopt when the meeting can be kept.
std::optional<MeetingProblem> problemWith(const MeetingDetails& details);

// "19:30" or "7:05" (24-hour clock) as a time of day; nullopt for anything else.
std::optional<QTime> timeOfDayFromText(const QString& text);
// How the database keeps a time of day: "HH:MM".
QString timeOfDayText(QTime time);

struct Meeting {
    QUuid id;
    MeetingDetails details;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace stepstone
