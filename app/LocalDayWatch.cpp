#include "LocalDayWatch.h"

namespace stepstone {

LocalDayWatch::LocalDayWatch(std::function<QDate()> today, std::chrono::milliseconds every,
                             QObject* parent)
    : QObject(parent)
    , m_today(std::move(today)) {
    m_timer.setInterval(every);
    connect(&m_timer, &QTimer::timeout, this, &LocalDayWatch::recheck);
    m_timer.start();
}

QDate LocalDayWatch::read() {
    m_day = m_today();
    return m_day;
}

void LocalDayWatch::recheck() {
    if (m_today() != m_day)
        Q_EMIT dayChanged();
}

} // namespace stepstone
