#include "StartupReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>
#include <chrono>

namespace stepstone {

namespace {

// std::chrono::steady_clock is CLOCK_MONOTONIC on Linux, shared by every process of the machine.
qint64 monotonicNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

StartupReport* StartupReport::forWindow(QQuickWindow& window) {
    const QString path = qEnvironmentVariable(kVariable);
    if (path.isEmpty())
        return nullptr;
    return new StartupReport(window, path);
}

StartupReport::StartupReport(QQuickWindow& window, QString path)
    : QObject(&window)
    , m_path(std::move(path)) {
    // frameSwapped may come from the render thread: take the time there, write it here.
    connect(
        &window, &QQuickWindow::frameSwapped, this,
        [this] {
            const qint64 frameNs = monotonicNs();
            QMetaObject::invokeMethod(this, [this, frameNs] { onFrame(frameNs); });
        },
        Qt::DirectConnection);
}

void StartupReport::stampNextFrame(const QByteArray& event, bool last) {
    m_pending.push_back({event, last, monotonicNs()});
}

void StartupReport::onFrame(qint64 frameNs) {
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        qWarning("The startup report cannot be written");
    bool quit = false;
    std::erase_if(m_pending, [&](const Pending& pending) {
        if (pending.armedAtNs > frameNs)
            return false;
        file.write(pending.event + ' ' + QByteArray::number(frameNs) + '\n');
        quit = quit || pending.last;
        return true;
    });
    file.close();
    if (quit)
        QCoreApplication::quit();
}

} // namespace stepstone
