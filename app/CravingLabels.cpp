#include "CravingLabels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace stepstone::cravingLabels {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("CravingLabels", text);
}
} // namespace

QString trigger(CravingTrigger trigger) {
    switch (trigger) {
    case CravingTrigger::People:
        return tr("People");
    case CravingTrigger::Places:
        return tr("Places");
    case CravingTrigger::Things:
        return tr("Things");
    case CravingTrigger::Feelings:
        return tr("Feelings");
    case CravingTrigger::Hungry:
        return tr("Hungry");
    case CravingTrigger::Angry:
        return tr("Angry");
    case CravingTrigger::Lonely:
        return tr("Lonely");
    case CravingTrigger::Tired:
        return tr("Tired");
    }
    return {};
}

QString outcome(CravingOutcome outcome) {
    switch (outcome) {
    case CravingOutcome::Passed:
        return tr("It passed");
    case CravingOutcome::StillGoing:
        return tr("Still going");
    case CravingOutcome::Used:
        return tr("I used");
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
    const QDateTime local = time.toLocalTime();
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    const QString clock = locale.toString(local.time(), QLocale::ShortFormat);
    if (days == 0)
        return tr("Today, %1").arg(clock);
    if (days == 1)
        return tr("Yesterday, %1").arg(clock);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace stepstone::cravingLabels
