#include "JournalLabels.h"

#include "ClockText.h"
#include "common/LocalTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepstone::journalLabels {

QString day(const QDateTime& time, const QDateTime& now) {
    const QDate lived = asLived(time).date();
    const qint64 days = lived.daysTo(now.toLocalTime().date());
    if (days == 0)
        return QCoreApplication::translate("JournalLabels", "Today");
    if (days == 1)
        return QCoreApplication::translate("JournalLabels", "Yesterday");
    return QLocale().toString(lived, QLocale::LongFormat);
}

QString timeOfDay(const QDateTime& time) {
    return clockText(asLived(time).time());
}

QString mood(const std::optional<int>& mood) {
    if (!mood)
        return {};
    return QCoreApplication::translate("JournalLabels", "Mood %1 of %2")
        .arg(*mood)
        .arg(JournalContent::kMaxMood);
}

QString tags(const QStringList& tags) {
    return QLocale().createSeparatedList(tags);
}

} // namespace stepstone::journalLabels
