#include "CravingLabels.h"

#include "ClockText.h"
#include "common/LocalTime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace stepstone::cravingLabels {

QString trigger(CravingTrigger trigger) {
    switch (trigger) {
    case CravingTrigger::People:
        return QCoreApplication::translate("CravingLabels", "People");
    case CravingTrigger::Places:
        return QCoreApplication::translate("CravingLabels", "Places");
    case CravingTrigger::Things:
        return QCoreApplication::translate("CravingLabels", "Things");
    case CravingTrigger::Feelings:
        return QCoreApplication::translate("CravingLabels", "Feelings");
    case CravingTrigger::Hungry:
        return QCoreApplication::translate("CravingLabels", "Hungry");
    case CravingTrigger::Angry:
        return QCoreApplication::translate("CravingLabels", "Angry");
    case CravingTrigger::Lonely:
        return QCoreApplication::translate("CravingLabels", "Lonely");
    case CravingTrigger::Tired:
        return QCoreApplication::translate("CravingLabels", "Tired");
    }
    return {};
}

QString outcome(CravingOutcome outcome) {
    switch (outcome) {
    case CravingOutcome::Passed:
        return QCoreApplication::translate("CravingLabels", "It passed");
    case CravingOutcome::StillGoing:
        return QCoreApplication::translate("CravingLabels", "Still going");
    case CravingOutcome::Used:
        return QCoreApplication::translate("CravingLabels", "I used");
    }
    return {};
}

QString triggers(CravingTriggers triggers) {
    QStringList names;
    for (CravingTrigger each : kAllCravingTriggers)
        if (triggers.testFlag(each))
            names << trigger(each);
    return QLocale().createSeparatedList(names);
}

QString when(const QDateTime& time, const QDateTime& now) {
    const QLocale locale;
    const QDateTime lived = asLived(time);
    const qint64 days = lived.date().daysTo(now.toLocalTime().date());
    const QString clock = clockText(lived.time());
    if (days == 0)
        return QCoreApplication::translate("CravingLabels", "Today, %1").arg(clock);
    if (days == 1)
        return QCoreApplication::translate("CravingLabels", "Yesterday, %1").arg(clock);
    return QCoreApplication::translate("CravingLabels", "%1, %2", "a date, a time of day")
        .arg(locale.toString(lived.date(), QLocale::ShortFormat), clock);
}

} // namespace stepstone::cravingLabels
