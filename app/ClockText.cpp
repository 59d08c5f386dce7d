#include "ClockText.h"

#include <QLocale>

namespace stepstone {

QString clockText(QTime time) {
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    return locale.toString(time, format);
}

} // namespace stepstone
