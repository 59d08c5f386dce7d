#include "ProgramLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepstone::programLabels {

QString date(const QDate& day) {
    return QLocale().toString(day, QCoreApplication::translate("ProgramLabels", "d MMMM yyyy"));
}

namespace {

// The level as it reads inside a sentence ("Step-down to outpatient …").
QString levelInSentence(ProgramLevel level) {
    switch (level) {
    case ProgramLevel::Iop:
        return QCoreApplication::translate("ProgramLabels", "the intensive program");
    case ProgramLevel::Outpatient:
        return QCoreApplication::translate("ProgramLabels", "outpatient");
    case ProgramLevel::Aftercare:
        break;
    }
    return QCoreApplication::translate("ProgramLabels", "aftercare");
}

// Half a year on, "12 January" could be either one: the year is said.
constexpr qint64 kDaysWithoutYear = 180;

QString dayAndMonth(const QDate& day, qint64 daysAway) {
    if (daysAway > kDaysWithoutYear || daysAway < -kDaysWithoutYear)
        return date(day);
    // The pattern is translated: word order and particles differ ("12 de enero").
    return QLocale().toString(day, QCoreApplication::translate("ProgramLabels", "d MMMM"));
}

} // namespace

QString level(ProgramLevel level) {
    switch (level) {
    case ProgramLevel::Iop:
        return QCoreApplication::translate("ProgramLabels", "Intensive outpatient (IOP)");
    case ProgramLevel::Outpatient:
        return QCoreApplication::translate("ProgramLabels", "Standard outpatient");
    case ProgramLevel::Aftercare:
        break;
    }
    return QCoreApplication::translate("ProgramLabels", "Aftercare");
}

QStringList levels() {
    return {level(ProgramLevel::Iop), level(ProgramLevel::Outpatient),
            level(ProgramLevel::Aftercare)};
}

QString stepDown(const ProgramStatus& status, const QDate& today) {
    const auto next = levelAfter(status.level);
    if (!next)
        return {};
    const QString to = levelInSentence(*next);
    if (!status.stepDownOn)
        return QCoreApplication::translate("ProgramLabels", "No date yet for the step-down to %1.")
            .arg(to);
    const QDate& on = *status.stepDownOn;
    const qint64 days = today.daysTo(on);
    if (days == 0)
        return QCoreApplication::translate("ProgramLabels", "Step-down to %1 today").arg(to);
    if (days == 1)
        return QCoreApplication::translate("ProgramLabels", "Step-down to %1 tomorrow, %2")
            .arg(to, dayAndMonth(on, days));
    if (days > 1)
        return QCoreApplication::translate("ProgramLabels", "Step-down to %1 on %2: in %n days",
                                           nullptr, int(days))
            .arg(to, dayAndMonth(on, days));
    if (days == -1)
        return QCoreApplication::translate("ProgramLabels",
                                           "Step-down to %1 was planned for yesterday, %2. Once "
                                           "it has happened, change where you are.")
            .arg(to, dayAndMonth(on, days));
    return QCoreApplication::translate("ProgramLabels",
                                       "Step-down to %1 was planned for %2, %n days ago. Once "
                                       "it has happened, change where you are.",
                                       nullptr, int(-days))
        .arg(to, dayAndMonth(on, days));
}

} // namespace stepstone::programLabels
