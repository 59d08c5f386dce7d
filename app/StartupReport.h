#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <vector>

class QQuickWindow;

namespace stepstone {

// What scripts/bench measures of a start, told by the process itself: the moment the window
// showed a frame, as CLOCK_MONOTONIC nanoseconds (the clock the benchmark reads before it spawns
// the process), one "<event> <ns>" line per event in the file STEPSTONE_STARTUP_REPORT names.
// Without that variable nothing is measured or written.
class StartupReport final : public QObject {
    Q_OBJECT
public:
    static constexpr char kVariable[] = "STEPSTONE_STARTUP_REPORT";

    // Null unless the variable names a file. The report belongs to the window.
    static StartupReport* forWindow(QQuickWindow& window);

    // Writes `event` with the time of the window's next frame. The application quits once the
    // frame of the `last` event is written.
    void stampNextFrame(const QByteArray& event, bool last = false);

private:
    struct Pending {
        QByteArray event;
        bool last;
        qint64 armedAtNs;
    };

    StartupReport(QQuickWindow& window, QString path);
    void onFrame(qint64 frameNs);

    QString m_path;
    std::vector<Pending> m_pending;
};

} // namespace stepstone
