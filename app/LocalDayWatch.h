#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

namespace stepstone {

// Says when the client's calendar day is no longer the one last read, looking at the clock every
// `every` (a timer set for midnight would stand still while the computer sleeps) and whenever
// asked (a page shown again).
class LocalDayWatch : public QObject {
    Q_OBJECT
public:
    LocalDayWatch(std::function<QDate()> today, std::chrono::milliseconds every,
                  QObject* parent = nullptr);

    // The day of the last read; read() makes it today and returns it.
    QDate day() const { return m_day; }
    QDate read();
    void recheck();

Q_SIGNALS:
    void dayChanged();

private:
    std::function<QDate()> m_today;
    QDate m_day;
    QTimer m_timer;
};

} // namespace stepstone
