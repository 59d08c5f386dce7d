#include "schedule/Reminder.h"

namespace stepstone {

QString codeFor(ReminderKind kind) {
    switch (kind) {
    case ReminderKind::Session:
        return QStringLiteral("session");
    case ReminderKind::Dose:
        return QStringLiteral("dose");
    case ReminderKind::CheckIn:
        return QStringLiteral("check-in");
    case ReminderKind::Homework:
        return QStringLiteral("homework");
    }
    return {};
}

std::optional<ReminderKind> reminderKindFromCode(QStringView code) {
    for (ReminderKind kind :
         {ReminderKind::Session, ReminderKind::Dose, ReminderKind::CheckIn, ReminderKind::Homework})
        if (code == codeFor(kind))
            return kind;
    return std::nullopt;
}

} // namespace stepstone
