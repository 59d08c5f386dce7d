#include "LogCapture.h"

#include <QMutex>
#include <QtGlobal>

namespace stepstone::test {

namespace {

QMutex mutex;
QStringList messages;
QtMessageHandler previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    {
        const QMutexLocker lock(&mutex);
        messages.append(message);
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

void installLogCapture() {
    previous = qInstallMessageHandler(capture);
}

QStringList capturedLog() {
    const QMutexLocker lock(&mutex);
    return messages;
}

} // namespace stepstone::test
